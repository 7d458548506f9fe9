"""The failure envelope of every `/api/sdk/v1/*` route. The HTTP status equals `error.status`."""

from __future__ import annotations

from ..types import BaseModel


class ErrorEnvelope(BaseModel):
    """The failure envelope of every `/api/sdk/v1/*` route. The HTTP status equals `error.status`."""

    ok: bool
    """Always false on failure."""

    data: None
    """Always null on failure."""

    error: ApiError
    """The error object of a failed envelope (`ApiErrorDetail` on the server). Also used as
    `errorDetail` of MCP pre-dispatch errors and as `data` of MCP JSON-RPC errors."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.api_error import ApiError  # noqa: E402
from ..models.meta import Meta  # noqa: E402
