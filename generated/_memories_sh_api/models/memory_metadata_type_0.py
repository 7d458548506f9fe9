"""Metadata object."""

from __future__ import annotations

from ..types import BaseModel


class MemoryMetadataType0(BaseModel):
    """Metadata object."""
