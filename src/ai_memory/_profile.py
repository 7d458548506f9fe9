"""The ai-memory :class:`~agent_memory_sdk.APIProfile`: what the shared engine needs to know.

- auth: ``X-API-Key: <key>`` (``AI_MEMORY_API_KEY``); the spec exempts ``/api/v1/health``;
- the ``agent_id`` client option (``AI_MEMORY_AGENT_ID``) fills ``X-Agent-Id``, validated with the
  daemon's rules (:mod:`ai_memory._identity`);
- base URL ``http://localhost:9077`` (``AI_MEMORY_BASE_URL``);
- ``None`` is never sent in JSON bodies (the daemon treats absent and null alike or rejects null);
- statuses map to :mod:`ai_memory._exceptions`; text/plain axum rejections keep their text;
- retries: the engine's rules, except where the spec gives a rule for the body's ``code``
  (``x-sdk.retryable`` on the error schema: a ``QUOTA_EXCEEDED`` 429, a daily quota, is final).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from _ai_memory_api import SECRET_FIELDS, SERVER_URL, VERSIONED_PREFIXES
from _ai_memory_api.errors import RETRYABLE

from agent_memory_sdk._profile import (
    APIProfile,
    RetrySignal,
    StatusErrorMap,
    header_auth,
    header_request_id,
)

from . import _exceptions as exc
from ._identity import agent_id_problem

if TYPE_CHECKING:
    import httpx

__all__ = ["DEFAULT_BASE_URL", "PROFILE", "status_message"]

DEFAULT_BASE_URL: str = SERVER_URL
"""The daemon's default address (the spec's server URL: ``ai-memory serve`` on port 9077)."""

_BY_STATUS: Mapping[int, type[exc.APIStatusError]] = {
    400: exc.BadRequestError,
    401: exc.AuthError,
    403: exc.ForbiddenError,
    404: exc.NotFoundError,
    405: exc.MethodNotAllowedError,
    409: exc.ConflictError,
    413: exc.PayloadTooLargeError,
    415: exc.UnsupportedMediaTypeError,
    422: exc.UnprocessableEntityError,
    429: exc.RateLimitError,
    503: exc.ServiceUnavailableError,
}


def status_message(response: httpx.Response, body: object) -> str:
    """``ai-memory <status>: <the daemon's error text>`` (JSON ``error``, text/plain body, or reason)."""
    status = response.status_code
    detail = ""
    if isinstance(body, Mapping):
        error = body.get("error") or body.get("message")
        detail = str(error) if error else json.dumps(body, separators=(",", ":"))
    elif isinstance(body, str):
        text = body.strip()
        if text[:1] == "<":
            ctype = response.headers.get("content-type", "unknown content type")
            detail = f"{response.reason_phrase or 'error'} (an HTML page, {ctype}, not the daemon's JSON)"
        else:
            detail = text
    elif body is not None:
        detail = json.dumps(body)
    if not detail:
        detail = response.reason_phrase or "no body"
    if len(detail) > 500:
        detail = detail[:500] + "…"
    return f"ai-memory {status}: {detail}"


def _retry_signal(response: httpx.Response, body: Any) -> RetrySignal | None:
    """The spec's retry rule for the body's ``code`` (``x-sdk.retryable``), when it has one."""
    code = body.get("code") if isinstance(body, Mapping) else None
    rule = RETRYABLE.get(code) if isinstance(code, str) else None
    return None if rule is None else RetrySignal(retryable=rule)


PROFILE = APIProfile(
    name="ai-memory",
    server_noun="daemon",
    default_base_url=DEFAULT_BASE_URL,
    api_key_env="AI_MEMORY_API_KEY",
    base_url_env="AI_MEMORY_BASE_URL",
    base_url_suffixes=VERSIONED_PREFIXES,
    auth=header_auth("X-API-Key"),
    client_options={"agent_id": "AI_MEMORY_AGENT_ID"},
    option_validators={"agent_id": agent_id_problem},
    secret_fields=SECRET_FIELDS,
    send_null=False,
    status_error=StatusErrorMap(
        by_status=_BY_STATUS,
        server_error=exc.ServerError,
        fallback=exc.APIStatusError,
        message=status_message,
    ),
    connection_error=exc.TransportError,
    timeout_error=exc.TransportTimeoutError,
    response_validation_error=exc.ResponseValidationError,
    unsupported_endpoint_error=exc.UnsupportedEndpointError,
    client_validation_error=exc.InvalidArgumentError,
    retry_signal=_retry_signal,
    request_id=header_request_id("x-request-id", "request-id", "x-correlation-id"),
)
"""The profile both ai-memory clients use."""
