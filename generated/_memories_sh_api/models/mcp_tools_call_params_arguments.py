"""The tool arguments (snake_case): one of `McpGetContextArguments`,
`McpGetRulesArguments`, `McpAddMemoryArguments`, `McpEditMemoryArguments`,
`McpForgetMemoryArguments`, `McpSearchMemoriesArguments`, `McpListMemoriesArguments`.
A non-object value is treated as `{}`."""

from __future__ import annotations

from ..types import OpenModel


class McpToolsCallParamsArguments(OpenModel):
    """The tool arguments (snake_case): one of `McpGetContextArguments`,
    `McpGetRulesArguments`, `McpAddMemoryArguments`, `McpEditMemoryArguments`,
    `McpForgetMemoryArguments`, `McpSearchMemoriesArguments`, `McpListMemoriesArguments`.
    A non-object value is treated as `{}`."""
