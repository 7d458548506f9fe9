"""Free-form metadata."""

from __future__ import annotations

from ..types import BaseModel


class RegisterEntityRequestMetadata(BaseModel):
    """Free-form metadata."""
