"""New metadata."""

from __future__ import annotations

from ..types import OpenModel


class McpEditMemoryArgumentsMetadata(OpenModel):
    """New metadata."""
