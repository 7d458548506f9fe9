"""New metadata."""

from __future__ import annotations

from ..types import BaseModel


class McpEditMemoryArgumentsMetadata(BaseModel):
    """New metadata."""
