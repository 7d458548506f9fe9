"""A JSON-RPC 2.0 request (or notification, without `id`) to `POST /api/mcp`. A single object
only: batch arrays answer -32600."""

from __future__ import annotations

from typing import Any, ClassVar, Literal

from ..types import BaseModel


class JsonRpcRequest(BaseModel):
    """A JSON-RPC 2.0 request (or notification, without `id`) to `POST /api/mcp`. A single object
    only: batch arrays answer -32600."""

    jsonrpc: Literal["2.0"]
    """Always `"2.0"`."""

    method: str
    """`initialize`, `notifications/initialized`, `tools/list`, `tools/call` or `ping`; any
    other method answers JSON-RPC error -32601 (HTTP 200). An empty method answers -32600."""

    id: int | str | None = None
    """Request id, echoed in the response. Omit it only for notifications
    (`notifications/initialized`)."""

    params: JsonRpcRequestParams | None = None
    """Method parameters (open). For `tools/call` this is `McpToolsCallParams`
    (`{name, arguments}`); for `initialize` the usual MCP client info (ignored by the
    server); omitted or ignored for the other methods."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "method": {"min_length": 1},
    }


# Imported last: these models refer back to this one.
from ..models.json_rpc_request_params import JsonRpcRequestParams  # noqa: E402
