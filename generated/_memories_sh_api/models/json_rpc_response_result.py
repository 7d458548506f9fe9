"""The method's result (open): `McpInitializeResult` for `initialize`,
`McpToolsListResult` for `tools/list`, `McpToolsCallResult` for `tools/call`, `{}` for
`ping`."""

from __future__ import annotations

from ..types import OpenModel


class JsonRpcResponseResult(OpenModel):
    """The method's result (open): `McpInitializeResult` for `initialize`,
    `McpToolsListResult` for `tools/list`, `McpToolsCallResult` for `tools/call`, `{}` for
    `ping`."""
