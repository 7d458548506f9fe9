"""Extra metadata."""

from __future__ import annotations

from ..types import OpenModel


class CaptureTurnRequestMetadata(OpenModel):
    """Extra metadata."""
