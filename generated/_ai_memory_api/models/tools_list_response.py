"""MCP tool definitions."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class ToolsListResponse(BaseModel):
    """MCP tool definitions."""

    tools_version: str = Field(alias="toolsVersion")
    """Version tag of the tool catalogue (`2026-05-06` in v0.7.0)."""

    tools: list[McpToolDefinition]
    """Tool definitions (`name`, `description`, `inputSchema`)."""


# Imported last: these models refer back to this one.
from ..models.mcp_tool_definition import McpToolDefinition  # noqa: E402
