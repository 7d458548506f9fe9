"""What an API plugs into the engine: auth, env defaults, its exception classes and body hooks.

An :class:`APIProfile` is a frozen bag of settings and small functions. The engine reads it and
never needs to know which API it talks to.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from . import _exceptions as exc
from ._constants import SECRET_HEADER_NAMES

if TYPE_CHECKING:
    import httpx

    from ._runtime import Operation

__all__ = [
    "DEFAULT_SECRET_HEADERS",
    "DEFAULT_SECRET_QUERY_PARAMS",
    "APIProfile",
    "RetrySignal",
    "StatusErrorMap",
    "bearer_auth",
    "default_status_message",
    "header_auth",
    "header_request_id",
]

DEFAULT_SECRET_HEADERS: frozenset[str] = SECRET_HEADER_NAMES
"""Header names (lower case) whose values are always redacted in logs and reprs."""

DEFAULT_SECRET_QUERY_PARAMS: frozenset[str] = frozenset({"api_key", "apikey", "token", "access_token"})
"""Query parameter names whose values are always redacted in logged URLs."""


@dataclass(frozen=True)
class RetrySignal:
    """What a response body says about retrying (e.g. memories.sh ``error.retryable``).

    Attributes:
        retryable: True/False when the API says so explicitly; None leaves it to the status rules.
        retry_after: seconds the API asks the client to wait, when it says so.
    """

    retryable: bool | None = None
    retry_after: float | None = None


def header_auth(name: str) -> Callable[[str], Mapping[str, str]]:
    """Auth hook sending the key verbatim in header ``name`` (ai-memory: ``X-API-Key``)."""

    def auth(api_key: str) -> Mapping[str, str]:
        return {name: api_key}

    return auth


def bearer_auth(api_key: str) -> Mapping[str, str]:
    """Auth hook sending ``Authorization: Bearer <key>`` (memories.sh)."""
    return {"Authorization": f"Bearer {api_key}"}


def header_request_id(*names: str) -> Callable[[httpx.Response, Any], str | None]:
    """Request-id hook reading the first present header of ``names``."""

    def request_id(response: httpx.Response, body: Any) -> str | None:
        for name in names:
            value = response.headers.get(name)
            if value:
                return str(value)
        return None

    return request_id


def default_status_message(response: httpx.Response, body: object) -> str:
    """``Error code: <status> - <body>`` with the body shortened to 500 characters."""
    text = "" if body is None else str(body)
    if len(text) > 500:
        text = text[:500] + "…"
    return f"Error code: {response.status_code} - {text}" if text else f"Error code: {response.status_code}"


_DEFAULT_BY_STATUS: Mapping[int, type[exc.APIStatusError]] = {
    400: exc.BadRequestError,
    401: exc.AuthenticationError,
    403: exc.PermissionDeniedError,
    404: exc.NotFoundError,
    405: exc.MethodNotAllowedError,
    409: exc.ConflictError,
    422: exc.UnprocessableEntityError,
    429: exc.RateLimitError,
    503: exc.ServiceUnavailableError,
}


@dataclass(frozen=True)
class StatusErrorMap:
    """A status-error factory from a table: ``(operation, response, body) -> APIStatusError``.

    Attributes:
        by_status: exact status → class.
        server_error: class for any other status ≥ 500.
        fallback: class for everything else (other 4xx, unexpected 1xx/3xx, 499, …).
        message: builds the message from the response and decoded body.
    """

    by_status: Mapping[int, type[exc.APIStatusError]] = field(
        default_factory=lambda: dict(_DEFAULT_BY_STATUS)
    )
    server_error: type[exc.APIStatusError] = exc.InternalServerError
    fallback: type[exc.APIStatusError] = exc.APIStatusError
    message: Callable[[httpx.Response, object], str] = default_status_message

    def __call__(self, operation: Operation, response: httpx.Response, body: object) -> Exception:
        """Build the exception for ``response``."""
        status = response.status_code
        cls = self.by_status.get(status)
        if cls is None:
            cls = self.server_error if status >= 500 else self.fallback
        return cls(self.message(response, body), response=response, body=body)


def _no_signal(response: httpx.Response, body: Any) -> RetrySignal | None:
    return None


@dataclass(frozen=True)
class APIProfile:
    """Everything API-specific the engine needs. All fields have generic defaults.

    Attributes:
        name: the API's display name (used in messages).
        server_noun: what messages call the server (``"daemon"`` for ai-memory).
        default_base_url: base URL when neither the argument nor the env var gives one.
        api_key_env: env var read when ``api_key`` is not passed (e.g. ``AI_MEMORY_API_KEY``).
        base_url_env: env var read when ``base_url`` is not passed.
        base_url_suffixes: API prefixes a user may append to ``base_url`` by mistake; removed at
            construction because the spec's paths already start with them (``/api/v1``).
        api_key_required: raise ``client_validation_error`` at construction when no key is found.
        auth: ``api_key -> headers`` applied to operations whose ``security`` is True.
        operation_auth: ``(operation, api_key, client_options) -> headers``; when set, it replaces
            ``auth`` for operations whose ``security`` is True, so an API can pick a credential per
            operation (e.g. from an ``x-sdk.auth`` hint: memories.sh management routes take a
            session cookie or CLI token instead of the API key).
        client_options: extra client option name → env var (or None) giving its default; their
            values fill headers through ``Operation.header_options`` (e.g. ``agent_id``).
        scope_options: for operations with ``x-sdk.scope``, scope field wire name → client option
            whose value is its default (memories.sh: ``{"tenantId": "tenant_id", …}``); merged
            into the body's ``scope`` object (``scope: body``) or the query (``scope: query``).
        option_validators: client option name → ``value -> problem or None``; applied to the
            option's value at construction and in ``copy()``/``with_options()``, and to a per-call
            header value that fills the same option (``Operation.header_options``), so a bad value
            raises ``client_validation_error`` (``param`` = the option name) before any request.
        secret_options: client options whose values are secrets (redacted like the API key).
        secret_headers / secret_query_params: names whose values are redacted (lower case).
        secret_fields: JSON body keys whose values are secrets (the spec's ``format: password``
            properties, generated as ``SECRET_FIELDS``): hidden in ``error.request`` and scrubbed
            from every message of an error raised by a call that sent them.
        send_null: False → ``None`` values are never sent in JSON bodies ("never send null").
        status_error: ``(operation, response, decoded_body) -> Exception`` for non-2xx statuses.
        connection_error / timeout_error / response_validation_error / unsupported_endpoint_error /
            client_validation_error: the API's classes for those failures.
        unwrap_success: ``(operation, response, json_body) -> data`` applied to 2xx JSON bodies
            before validation (memories.sh unwraps its ``{ok, data, error, meta}`` envelope). It
            may raise ``KeyError``/``TypeError``/``ValueError`` for a wrong shape.
        decorate_result: ``(result, operation, response, json_body) -> result`` run after parsing
            (e.g. attach ``meta``); ``json_body`` is None when the body was validated straight
            from its bytes (no ``unwrap_success``, no ``x-sdk.unwrap``).
        retry_signal: ``(response, decoded_body) -> RetrySignal | None`` read from error bodies.
        request_id: ``(response, decoded_body) -> str | None``.
        error_in_success: ``(operation, response, decoded_body) -> bool``: True when a 2xx body
            carries an error (a JSON-RPC ``error``, an ``ok: false`` envelope). Such a response is
            treated as a failure: ``retry_signal`` decides retries and ``status_error`` builds the
            exception.
        no_error_in_success: ``response -> bool``, a cheap look at the raw 2xx body: True when it
            certainly carries no error, so ``error_in_success`` is skipped and the body is not
            decoded twice (it is parsed once, from bytes, into the typed result).
    """

    name: str = "API"
    server_noun: str = "server"
    default_base_url: str | None = None
    api_key_env: str | None = None
    base_url_env: str | None = None
    base_url_suffixes: tuple[str, ...] = ()
    api_key_required: bool = False
    auth: Callable[[str], Mapping[str, str]] | None = None
    operation_auth: Callable[[Operation, str | None, Mapping[str, Any]], Mapping[str, str]] | None = None
    client_options: Mapping[str, str | None] = field(default_factory=dict)
    scope_options: Mapping[str, str] = field(default_factory=dict)
    option_validators: Mapping[str, Callable[[Any], str | None]] = field(default_factory=dict)
    secret_options: frozenset[str] = frozenset()
    secret_headers: frozenset[str] = DEFAULT_SECRET_HEADERS
    secret_query_params: frozenset[str] = DEFAULT_SECRET_QUERY_PARAMS
    secret_fields: frozenset[str] = frozenset()
    send_null: bool = True
    status_error: Callable[[Operation, httpx.Response, Any], Exception] = field(
        default_factory=StatusErrorMap
    )
    connection_error: type[exc.APIConnectionError] = exc.APIConnectionError
    timeout_error: type[exc.APITimeoutError] = exc.APITimeoutError
    response_validation_error: type[exc.APIResponseValidationError] = exc.APIResponseValidationError
    unsupported_endpoint_error: type[exc.UnsupportedEndpointError] = exc.UnsupportedEndpointError
    client_validation_error: type[exc.ClientValidationError] = exc.ClientValidationError
    unwrap_success: Callable[[Operation, httpx.Response, Any], Any] | None = None
    decorate_result: Callable[[Any, Operation, httpx.Response, Any], Any] | None = None
    retry_signal: Callable[[httpx.Response, Any], RetrySignal | None] = _no_signal
    request_id: Callable[[httpx.Response, Any], str | None] = field(
        default_factory=lambda: header_request_id("x-request-id", "request-id")
    )
    error_in_success: Callable[[Operation, httpx.Response, Any], bool] | None = None
    no_error_in_success: Callable[[httpx.Response], bool] | None = None
