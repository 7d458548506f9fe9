"""Extra metadata."""

from __future__ import annotations

from ..types import BaseModel


class CaptureTurnRequestMetadata(BaseModel):
    """Extra metadata."""
