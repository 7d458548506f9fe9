"""Structured metadata."""

from __future__ import annotations

from ..types import OpenModel


class McpAddMemoryArgumentsMetadata(OpenModel):
    """Structured metadata."""
