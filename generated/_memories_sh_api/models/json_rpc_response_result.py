"""The method's result (open): `McpInitializeResult` for `initialize`,
`McpToolsListResult` for `tools/list`, `McpToolsCallResult` for `tools/call`, `{}` for
`ping`."""

from __future__ import annotations

from ..types import BaseModel


class JsonRpcResponseResult(BaseModel):
    """The method's result (open): `McpInitializeResult` for `initialize`,
    `McpToolsListResult` for `tools/list`, `McpToolsCallResult` for `tools/call`, `{}` for
    `ping`."""
