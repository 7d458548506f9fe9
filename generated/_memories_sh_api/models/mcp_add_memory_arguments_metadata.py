"""Structured metadata."""

from __future__ import annotations

from ..types import BaseModel


class McpAddMemoryArgumentsMetadata(BaseModel):
    """Structured metadata."""
