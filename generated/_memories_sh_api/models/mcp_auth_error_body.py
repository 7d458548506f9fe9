"""Pre-dispatch error body of `/api/mcp` (authentication and workspace database errors),
returned with HTTP status = `errorDetail.status`. Unlike the SDK envelope, `error` is the
message **string** and the structured error is in `errorDetail`."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class McpAuthErrorBody(BaseModel):
    """Pre-dispatch error body of `/api/mcp` (authentication and workspace database errors),
    returned with HTTP status = `errorDetail.status`. Unlike the SDK envelope, `error` is the
    message **string** and the structured error is in `errorDetail`."""

    ok: bool
    """Always false."""

    data: None
    """Always null."""

    error: str
    """The error message (same as `errorDetail.message`)."""

    error_detail: ApiError = Field(alias="errorDetail")
    """The error object of a failed envelope (`ApiErrorDetail` on the server). Also used as
    `errorDetail` of MCP pre-dispatch errors and as `data` of MCP JSON-RPC errors."""

    meta: McpErrorMeta
    """Metadata of an MCP pre-dispatch error body (no `requestId`)."""


# Imported last: these models refer back to this one.
from ..models.api_error import ApiError  # noqa: E402
from ..models.mcp_error_meta import McpErrorMeta  # noqa: E402
