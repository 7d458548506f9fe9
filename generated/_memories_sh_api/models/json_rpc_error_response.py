"""A JSON-RPC 2.0 error response."""

from __future__ import annotations

from typing import Any, Literal

from ..types import BaseModel


class JsonRpcErrorResponse(BaseModel):
    """A JSON-RPC 2.0 error response."""

    jsonrpc: Literal["2.0"]
    """Always `"2.0"`."""

    id: Any
    """The request's id echoed back verbatim, whatever its JSON type (the service does not check
    it), or null when it could not be read (parse errors, internal errors)."""

    error: JsonRpcError
    """JSON-RPC error object. `data` is the `ApiError` behind it. rpc codes:

    | code | errors | HTTP status |
    |---|---|---|
    | -32700 | `PARSE_ERROR` | 400 |
    | -32600 | `INVALID_REQUEST` (non-object body, batch array, missing/empty method) | 400 |
    | -32602 | `INVALID_TOOL_NAME` (400); tool argument validation: `TENANT_ID_INVALID`,
    `USER_ID_INVALID`, `MEMORY_LAYER_INVALID`, `QUERY_REQUIRED`, `MEMORY_CONTENT_REQUIRED`,
    `MEMORY_ID_REQUIRED` (200) | 400 / 200 |
    | -32601 | `METHOD_NOT_FOUND` (`method_error`), `TOOL_NOT_FOUND` (`tool_error`) | 200 |
    | -32004 | `TENANT_DATABASE_NOT_CONFIGURED`, `TENANT_DATABASE_CREDENTIALS_MISSING`, **[H]**
    `MEMORY_NOT_FOUND` | 200 |
    | -32009 | `TENANT_DATABASE_NOT_READY` | 200 |
    | -32000 | `TENANT_MAPPING_LOOKUP_FAILED` | 200 |
    | -32003 | **[H]** billing errors | 200 |
    | -32603 | `TOOL_EXECUTION_FAILED`, `UNKNOWN_TOOL_ERROR`, `DATABASE_NOT_CONFIGURED` (project
    routing), `TENANT_ROUTING_CONTEXT_MISSING`, `USER_CONTEXT_MISSING` (200); `INTERNAL_ERROR`
    outside a tool (500) | 200 / 500 |"""


# Imported last: these models refer back to this one.
from ..models.json_rpc_error import JsonRpcError  # noqa: E402
