"""Result of `tools/list`."""

from __future__ import annotations

from ..types import BaseModel


class McpToolsListResult(BaseModel):
    """Result of `tools/list`."""

    tools: list[McpToolDefinition]
    """The available tools."""


# Imported last: these models refer back to this one.
from ..models.mcp_tool_definition import McpToolDefinition  # noqa: E402
