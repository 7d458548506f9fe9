"""A tool as listed by `tools/list`."""

from __future__ import annotations

from pydantic import Field

from ..models.mcp_tool_name import McpToolName
from ..types import BaseModel


class McpToolDefinition(BaseModel):
    """A tool as listed by `tools/list`."""

    name: McpToolName
    """Name of an MCP tool: the seven [S] tools, and the **[H]** `bulk_forget_memories` and
    `vacuum_memories`."""

    description: str
    """Tool description."""

    input_schema: McpToolDefinitionInputSchema = Field(alias="inputSchema")
    """JSON Schema of the tool's arguments (see the `Mcp*Arguments` schemas)."""


# Imported last: these models refer back to this one.
from ..models.mcp_tool_definition_input_schema import McpToolDefinitionInputSchema  # noqa: E402
