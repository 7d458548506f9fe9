"""The errors ``ai_memory`` raises.

Every class derives from :class:`AiMemoryError` *and* from the shared engine's class of the same
meaning, so ``except ai_memory.NotFoundError`` and ``except agent_memory_sdk.NotFoundError`` both
work::

    AiMemoryError                         (agent_memory_sdk.SDKError)
     ├── ValidationError                  the request is invalid: client-side or 400/413/415/422
     │    ├── InvalidArgumentError         found before sending, e.g. a bad agent_id (also ValueError)
     │    ├── BadRequestError              400           ┐
     │    ├── PayloadTooLargeError         413           │ also APIStatusError
     │    ├── UnsupportedMediaTypeError    415           │
     │    └── UnprocessableEntityError     422           ┘
     ├── TransportError                   no usable response (agent_memory_sdk.APIConnectionError)
     │    └── TransportTimeoutError        connect/read/write/pool timeout (APITimeoutError)
     ├── ResponseValidationError          a 2xx answer the SDK cannot parse (HTML, bad JSON, shape)
     └── APIStatusError                   any non-2xx: status_code, body, request_id, response
          ├── (the four ValidationError statuses above)
          ├── AuthError                    401
          ├── ForbiddenError               403 (admin role, ownership, governance)
          ├── NotFoundError                404
          │    └── UnsupportedEndpointError  404 with an empty body on a route no daemon serves
          ├── MethodNotAllowedError        405
          ├── ConflictError                409: existing_id
          ├── RateLimitError               429 (the daemon's per-agent quota)
          └── ServerError                  ≥ 500 (502 HTML from a proxy, 504 timeout, 520 …)
               └── ServiceUnavailableError   503 (quorum not met, health check failed)

``TimeoutError`` is not used as a name, so the builtin is never shadowed; ``APITimeoutError`` is
an alias of :class:`TransportTimeoutError`. A webhook that fails verification in
:func:`ai_memory.parse_webhook` raises :class:`WebhookVerificationError`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from _ai_memory_api.errors import ErrorCode

from agent_memory_sdk import _exceptions as engine

__all__ = [
    "APIStatusError",
    "APITimeoutError",
    "AiMemoryError",
    "AuthError",
    "BadRequestError",
    "ConflictError",
    "ForbiddenError",
    "InvalidArgumentError",
    "MethodNotAllowedError",
    "NotFoundError",
    "PayloadTooLargeError",
    "RateLimitError",
    "ResponseValidationError",
    "ServerError",
    "ServiceUnavailableError",
    "TransportError",
    "TransportTimeoutError",
    "UnprocessableEntityError",
    "UnsupportedEndpointError",
    "UnsupportedMediaTypeError",
    "ValidationError",
    "WebhookTimestampRequiredError",
    "WebhookVerificationError",
]


class AiMemoryError(engine.SDKError):
    """Base of every error ``ai_memory`` raises.

    Attributes:
        status_code: the HTTP status when the error comes from a response, else None.
    """

    status_code: int | None = None

    @property
    def payload(self) -> Any:
        """The decoded response body (JSON value or text), or None; the published SDK's name."""
        return getattr(self, "body", None)

    @property
    def code(self) -> ErrorCode | None:
        """The daemon's ``code`` field, when the body has one, as an :class:`ErrorCode`.

        ``ErrorCode`` is generated from the codes the spec documents (``ErrorCode.QUOTA_EXCEEDED``
        …); a code it does not list is kept (``.is_known`` False). It compares equal to its text.
        """
        body = self.payload
        value = body.get("code") if isinstance(body, Mapping) else None
        return ErrorCode(value) if isinstance(value, str) else None


class ValidationError(AiMemoryError):
    """The request is invalid: rejected client-side, or by the daemon with 400, 413, 415 or 422."""


class InvalidArgumentError(ValidationError, engine.ClientValidationError):
    """Arguments rejected before anything was sent; ``param`` names the offending one."""


class APIStatusError(AiMemoryError, engine.APIStatusError):
    """The daemon answered with a non-success status (``status_code``, ``body``, ``response``)."""

    status_code: int


class BadRequestError(ValidationError, APIStatusError, engine.BadRequestError):
    """400: the daemon's validation message, a bad query string, or malformed JSON."""


class PayloadTooLargeError(ValidationError, APIStatusError):
    """413: the body is over the daemon's 2 MiB limit (text/plain)."""


class UnsupportedMediaTypeError(ValidationError, APIStatusError):
    """415: the route wanted a JSON body (text/plain)."""


class UnprocessableEntityError(ValidationError, APIStatusError, engine.UnprocessableEntityError):
    """422: valid JSON of the wrong shape (missing field, wrong type, unknown enum value)."""


class AuthError(APIStatusError, engine.AuthenticationError):
    """401: missing or invalid API key (``X-API-Key``), or a missing approval signature."""


class ForbiddenError(APIStatusError, engine.PermissionDeniedError):
    """403: admin role required, caller does not own the memory, agent id mismatch, governance."""


class NotFoundError(APIStatusError, engine.NotFoundError):
    """404: no such memory (or one the caller may not see)."""


class UnsupportedEndpointError(NotFoundError, engine.UnsupportedEndpointError):
    """404 with an empty body on a route the published SDK names but no daemon serves.

    ``grant()``, ``revoke()`` and ``cluster()`` raise it against every released daemon.
    """


class MethodNotAllowedError(APIStatusError, engine.MethodNotAllowedError):
    """405: the path exists but not with this method."""


class ConflictError(APIStatusError, engine.ConflictError):
    """409: a memory with this title exists in the namespace, a version conflict, or a near-duplicate.

    ``store(..., on_conflict="merge")`` upserts instead of raising.
    """

    @property
    def existing_id(self) -> str | None:
        """The id of the memory that is in the way, when the daemon reports it."""
        body = self.body
        value = body.get("existing_id") if isinstance(body, Mapping) else None
        return value if isinstance(value, str) else None


class RateLimitError(APIStatusError, engine.RateLimitError):
    """429: the daemon's per-agent, per-namespace quota (``QUOTA_EXCEEDED``); not retried."""


class ServerError(APIStatusError, engine.InternalServerError):
    """A status ≥ 500 (500, 501, 502, 504, 520, …)."""


class ServiceUnavailableError(ServerError, engine.ServiceUnavailableError):
    """503: write quorum not met (retried after ``Retry-After``) or an unhealthy daemon."""


class TransportError(AiMemoryError, engine.APIConnectionError):
    """No usable response: DNS failure, refused or reset connection, TLS failure, protocol error."""


class TransportTimeoutError(TransportError, engine.APITimeoutError):
    """The request timed out (connect, read, write, or waiting for a pooled connection)."""


APITimeoutError = TransportTimeoutError
"""Alias of :class:`TransportTimeoutError` (the engine's name)."""


class ResponseValidationError(AiMemoryError, engine.APIResponseValidationError):
    """A success status whose body the SDK cannot parse (HTML page, bad JSON, wrong shape)."""

    status_code: int


class WebhookVerificationError(AiMemoryError):
    """A webhook delivery failed verification in :func:`ai_memory.parse_webhook`.

    Attributes:
        reason: why (missing header, bad signature, stale timestamp, invalid JSON, …).
    """

    def __init__(self, reason: str) -> None:
        super().__init__(f"webhook rejected: {reason}")
        self.reason = reason


class WebhookTimestampRequiredError(AiMemoryError, TypeError):
    """``verify_webhook_signature`` was called without ``timestamp=`` (the published 3-argument form).

    The daemon signs ``"<X-AI-Memory-Timestamp>.<raw body>"``, so no signature can be checked
    without the timestamp header; the published SDK silently returned False for every delivery.
    """
