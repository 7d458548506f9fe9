"""Answer of `GET /api/mcp` without credentials (a plain object, not an envelope)."""

from __future__ import annotations

from ..types import BaseModel


class McpServerStatus(BaseModel):
    """Answer of `GET /api/mcp` without credentials (a plain object, not an envelope)."""

    status: str
    """`ok`."""

    name: str
    """`memories.sh MCP Server`."""

    version: str
    """Server version (`0.6.0`)."""

    transport: str
    """`sse`: the legacy HTTP+SSE transport is offered on this path."""
