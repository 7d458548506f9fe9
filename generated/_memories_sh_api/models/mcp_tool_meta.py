"""Metadata of the tool envelope in `structuredContent`."""

from __future__ import annotations

from ..models.mcp_tool_name import McpToolName
from ..types import BaseModel, Timestamp


class McpToolMeta(BaseModel):
    """Metadata of the tool envelope in `structuredContent`."""

    version: str
    """Tool response schema version, `"2026-02-10"` (not the SDK's `2026-02-11`)."""

    tool: McpToolName
    """Name of an MCP tool: the seven [S] tools, and the **[H]** `bulk_forget_memories` and
    `vacuum_memories`."""

    timestamp: Timestamp
    """Server time (ISO string)."""
