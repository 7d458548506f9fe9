"""Metadata of an MCP pre-dispatch error body (no `requestId`)."""

from __future__ import annotations

from ..types import BaseModel, Timestamp


class McpErrorMeta(BaseModel):
    """Metadata of an MCP pre-dispatch error body (no `requestId`)."""

    version: str
    """MCP response schema version, `"2026-02-10"`."""

    endpoint: str
    """Always `/api/mcp`."""

    timestamp: Timestamp
    """Server time (ISO string)."""
