"""Method parameters (open). For `tools/call` this is `McpToolsCallParams`
(`{name, arguments}`); for `initialize` the usual MCP client info (ignored by the
server); omitted or ignored for the other methods."""

from __future__ import annotations

from ..types import OpenModel


class JsonRpcRequestParams(OpenModel):
    """Method parameters (open). For `tools/call` this is `McpToolsCallParams`
    (`{name, arguments}`); for `initialize` the usual MCP client info (ignored by the
    server); omitted or ignored for the other methods."""
