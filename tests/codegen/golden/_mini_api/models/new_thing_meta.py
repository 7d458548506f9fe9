"""Free-form."""

from __future__ import annotations

from ..types import OpenModel


class NewThingMeta(OpenModel):
    """Free-form."""
