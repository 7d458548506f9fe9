"""`params` of a `tools/call` request."""

from __future__ import annotations

from ..models.mcp_tool_name import McpToolName
from ..types import BaseModel


class McpToolsCallParams(BaseModel):
    """`params` of a `tools/call` request."""

    name: McpToolName
    """Name of an MCP tool: the seven [S] tools, and the **[H]** `bulk_forget_memories` and
    `vacuum_memories`."""

    arguments: McpToolsCallParamsArguments
    """The tool arguments (snake_case): one of `McpGetContextArguments`,
    `McpGetRulesArguments`, `McpAddMemoryArguments`, `McpEditMemoryArguments`,
    `McpForgetMemoryArguments`, `McpSearchMemoriesArguments`, `McpListMemoriesArguments`.
    A non-object value is treated as `{}`."""


# Imported last: these models refer back to this one.
from ..models.mcp_tools_call_params_arguments import McpToolsCallParamsArguments  # noqa: E402
