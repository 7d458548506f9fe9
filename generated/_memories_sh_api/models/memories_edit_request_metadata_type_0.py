"""New metadata."""

from __future__ import annotations

from ..types import OpenModel


class MemoriesEditRequestMetadataType0(OpenModel):
    """New metadata."""
