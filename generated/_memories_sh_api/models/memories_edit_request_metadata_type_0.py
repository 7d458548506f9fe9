"""New metadata."""

from __future__ import annotations

from ..types import BaseModel


class MemoriesEditRequestMetadataType0(BaseModel):
    """New metadata."""
