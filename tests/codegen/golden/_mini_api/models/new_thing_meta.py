"""Free-form."""

from __future__ import annotations

from ..types import BaseModel


class NewThingMeta(BaseModel):
    """Free-form."""
