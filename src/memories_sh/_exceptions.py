"""The errors of the memories.sh client.

Every error the client raises is a :class:`MemoriesError`. A failure the server reports carries
the server's error object (``type``, ``code``, ``status``, ``retryable``, ``details``) and the
envelope's ``meta`` (``request_id`` is ``meta.request_id``); the class is chosen by ``type``, or
by the HTTP status when the body is not an envelope (a 405 with an empty body, the HTML 404 page,
a plain-text 500)::

    MemoriesError                         type, code, status, retryable, details, request_id, meta
     ├── ClientValidationError            bad arguments, found before sending; .param names the field
     ├── APIConnectionError               no usable response (retryable)
     │    └── APITimeoutError             connect / read / write / pool timeout
     ├── APIResponseValidationError       a 2xx body the client cannot parse
     └── APIStatusError                   the server reported a failure (HTTP or JSON-RPC)
          ├── AuthError                   auth_error       (401, 403)       ⊂ AuthenticationError
          ├── ValidationError             validation_error (400, 409)       ⊂ BadRequestError
          │                               .reason_codes for CANARY_ROLLOUT_BLOCKED
          ├── NotFoundError               not_found_error  (404; DATABASE_NOT_CONFIGURED is 400)
          │    └── UnsupportedEndpointError  404 + empty body on a route no server serves
          ├── RateLimitError              rate_limit_error (429)            .retry_after
          ├── ToolError                   tool_error (TENANT_DATABASE_NOT_READY, 409, retryable)
          ├── MethodError                 method_error; also a 405 with an empty body
          ├── InternalError               internal_error   (≥ 500)          ⊂ InternalServerError
          └── UnknownError                unknown_error, and any type this client does not know

Each class also inherits the engine's class of the same meaning (``agent_memory_sdk``), e.g.
``RateLimitError`` is an ``agent_memory_sdk.RateLimitError``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from _memories_sh_api.errors import ErrorCode

from agent_memory_sdk import _exceptions as engine

if TYPE_CHECKING:
    import httpx
    from _memories_sh_api.models import Meta

__all__ = [
    "APIConnectionError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthError",
    "ClientValidationError",
    "InternalError",
    "MemoriesError",
    "MethodError",
    "NotFoundError",
    "RateLimitError",
    "ToolError",
    "UnknownError",
    "UnsupportedEndpointError",
    "ValidationError",
]


class MemoriesError(engine.SDKError):
    """Base of every error of the memories.sh client.

    Attributes:
        type: the server's error type (``auth_error``, ``validation_error`` …), or the client's
            (``connection_error``, ``timeout_error``, ``client_validation_error``,
            ``response_validation_error``).
        code: the server's UPPER_SNAKE code as an :class:`ErrorCode` (generated from the spec's
            error catalogue; a code the spec does not list is kept, ``.is_known`` False):
            ``HTTP_<status>`` for a body that is not an envelope, the client's own code for
            client-side failures. It compares equal to its text (``error.code == "RATE_LIMITED"``).
        status: the HTTP status the server reported (None when there was no response).
        retryable: whether sending the same request again may succeed.
        details: the server's ``error.details`` as a plain dict (None when absent).
        request_id: ``meta.requestId`` of the failed response (over MCP, the JSON-RPC id).
        meta: the envelope's ``meta`` (a ``Meta`` model), when the server sent one.
    """

    type: str | None = None
    code: ErrorCode | None = None
    status: int | None = None
    retryable: bool = False
    details: Mapping[str, Any] | None = None
    request_id: str | None = None
    meta: Meta | None = None


class ClientValidationError(MemoriesError, engine.ClientValidationError):
    """Arguments rejected before anything was sent; ``param`` names the offending field."""

    type = "client_validation_error"
    code = ErrorCode("CLIENT_VALIDATION_ERROR")


class APIConnectionError(MemoriesError, engine.APIConnectionError):
    """No usable response: DNS failure, refused or reset connection, protocol error."""

    type = "connection_error"
    code = ErrorCode("CONNECTION_ERROR")
    retryable = True


class APITimeoutError(APIConnectionError, engine.APITimeoutError):
    """The request timed out."""

    type = "timeout_error"
    code = ErrorCode("TIMEOUT")


class APIResponseValidationError(MemoriesError, engine.APIResponseValidationError):
    """A success response the client cannot turn into the documented result."""

    type = "response_validation_error"
    code = ErrorCode("INVALID_RESPONSE")


class APIStatusError(MemoriesError, engine.APIStatusError):
    """The server reported a failure (an error envelope, a JSON-RPC error or a bare HTTP status).

    Attributes:
        message: the server's ``error.message`` (or a summary of a non-envelope body).
        rpc_code: the JSON-RPC error code, for errors that came back over MCP.
    """

    rpc_code: int | None = None

    def __init__(
        self, message: str, *, response: httpx.Response, body: object | None, request_id: str | None = None
    ) -> None:
        super().__init__(message, response=response, body=body, request_id=request_id)
        self.status = response.status_code
        self.retryable = response.status_code == 429 or response.status_code >= 500

    @property
    def error_type(self) -> str | None:
        """Alias of ``type`` (which shadows the builtin in some tools)."""
        return self.type


class AuthError(APIStatusError, engine.AuthenticationError):
    """``auth_error``: missing, malformed, unknown or expired key; billing refusals ([H])."""


class ValidationError(APIStatusError, engine.BadRequestError):
    """``validation_error``: the request was rejected (400 ``INVALID_REQUEST``, 409 canary gate …)."""

    @property
    def reason_codes(self) -> list[str]:
        """``details.reasonCodes`` of ``CANARY_ROLLOUT_BLOCKED`` (empty for other errors)."""
        codes = (self.details or {}).get("reasonCodes")
        return [str(code) for code in codes] if isinstance(codes, list) else []

    @property
    def is_canary_blocked(self) -> bool:
        """Whether the canary rollout was blocked by the retrieval quality gate."""
        return self.code == "CANARY_ROLLOUT_BLOCKED"


class NotFoundError(APIStatusError, engine.NotFoundError):
    """``not_found_error``: unknown tenant mapping, skill file, memory ([H]), or route."""


class UnsupportedEndpointError(NotFoundError, engine.UnsupportedEndpointError):
    """A 404 with an empty body on an operation no released server serves."""

    type = "not_found_error"
    code = ErrorCode("UNSUPPORTED_ENDPOINT")


class RateLimitError(APIStatusError, engine.RateLimitError):
    """``rate_limit_error``: 120 requests per 60 s per key were exceeded."""

    @property
    def retry_after(self) -> float | None:
        """Seconds to wait: ``details.retryAfterSeconds``, else the ``Retry-After`` header."""
        value = (self.details or {}).get("retryAfterSeconds")
        if value is None and getattr(self, "response", None) is not None:
            value = self.response.headers.get("retry-after")
        try:
            return None if value is None else float(value)
        except (TypeError, ValueError):
            return None


class ToolError(APIStatusError):
    """``tool_error``: e.g. ``TENANT_DATABASE_NOT_READY`` (409, retryable) or an unknown MCP tool."""


class MethodError(APIStatusError, engine.MethodNotAllowedError):
    """``method_error``: an unknown JSON-RPC method, or an HTTP 405 (empty body)."""


class InternalError(APIStatusError, engine.InternalServerError):
    """``internal_error``: a server failure (retryable), including non-envelope 5xx pages."""


class UnknownError(APIStatusError):
    """``unknown_error``, or an error type this client does not know (``type`` keeps it)."""
