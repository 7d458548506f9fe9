"""Free-form metadata."""

from __future__ import annotations

from ..types import BaseModel


class SessionsStartRequestMetadata(BaseModel):
    """Free-form metadata."""
