"""Metadata object."""

from __future__ import annotations

from ..types import OpenModel


class MemoryMetadataType0(OpenModel):
    """Metadata object."""
