"""The memories.sh profile of the engine: credentials, base URL, transport, scope options.

Nothing here names a route: what differs per operation comes from the spec's ``x-sdk`` hints
(``scope``, ``mcp_tool``, ``auth: management | key_or_session``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal

from _memories_sh_api import SECRET_FIELDS, SERVER_URL, VERSIONED_PREFIXES

from agent_memory_sdk._profile import APIProfile

from . import _envelope, _errors
from . import _exceptions as exc

if TYPE_CHECKING:
    from agent_memory_sdk._runtime import Operation

__all__ = [
    "DEFAULT_BASE_URL",
    "PROFILE",
    "Transport",
    "check_api_key",
    "normalise_base_url",
    "resolve_transport",
]

Transport = Literal["sdk_http", "mcp", "auto"]
"""``sdk_http``: the ``/api/sdk/v1`` routes; ``mcp``: the memory tools over JSON-RPC
(everything else still over HTTP); ``auto``: ``mcp`` iff the base URL ends with ``/api/mcp``."""

DEFAULT_BASE_URL: str = SERVER_URL
"""The hosted service (the spec's server URL)."""

API_KEY_PATTERN = re.compile(r"^mem_[a-f0-9]{64}$")
"""The format the server accepts; anything else answers ``401 INVALID_API_KEY_FORMAT``."""

_SUFFIXES = (*VERSIONED_PREFIXES, "/api/mcp")

_SCOPE_LIMITS = {"tenant_id": 120, "user_id": 120, "project_id": 240}


def check_api_key(key: str) -> None:
    """Raise :class:`ClientValidationError` unless ``key`` is ``mem_`` + 64 lowercase hex (never echoed)."""
    if API_KEY_PATTERN.match(key):
        return
    hint = ""
    if key.startswith("mcp_"):
        hint = " Keys with the old 'mcp_' prefix no longer validate: create a new key."
    elif key != key.strip():
        hint = " It has surrounding white space."
    elif key.startswith("mem_") and key[4:].lower() != key[4:]:
        hint = " The hex part must be lower case."
    raise exc.ClientValidationError(
        "memories.sh: the API key is malformed: expected 'mem_' followed by 64 lowercase hex "
        f"characters (68 in total), got a {len(key)}-character value.{hint}",
        param="api_key",
    )


def normalise_base_url(base_url: str) -> str:
    """The host part of ``base_url``: one trailing ``/`` and a ``/api/sdk/v1`` or ``/api/mcp``
    suffix are removed (the spec's paths are absolute from the host)."""
    url = base_url.strip().rstrip("/")
    for suffix in _SUFFIXES:
        if url.endswith(suffix):
            return url[: -len(suffix)].rstrip("/")
    return url


def resolve_transport(transport: str, base_url: str) -> Literal["sdk_http", "mcp"]:
    """``auto`` → ``mcp`` iff ``base_url`` ends with ``/api/mcp`` (a static test, no probing)."""
    if transport == "auto":
        return "mcp" if base_url.strip().rstrip("/").endswith("/api/mcp") else "sdk_http"
    if transport in ("sdk_http", "mcp"):
        return "mcp" if transport == "mcp" else "sdk_http"
    raise exc.ClientValidationError(
        f"memories.sh: transport must be 'sdk_http', 'mcp' or 'auto', got {transport!r}", param="transport"
    )


def _scope_value(name: str) -> Any:
    limit = _SCOPE_LIMITS[name]

    def check(value: Any) -> str | None:
        if not isinstance(value, str):
            return f"must be a string, got {type(value).__name__}"
        length = len(value.strip())
        if not 1 <= length <= limit:
            return f"must be 1..{limit} characters after trimming (got {length})"
        return None

    return check


def operation_auth(
    operation: Operation, api_key: str | None, options: Mapping[str, Any]
) -> Mapping[str, str]:
    """``Authorization: Bearer mem_…``, except for ``x-sdk.auth: management`` operations, which
    take ``management_token`` (``Bearer cli_…``) and/or ``session_cookie`` (a ``Cookie`` value),
    and ``x-sdk.auth: key_or_session`` ones, which take the key or, without one, the cookie."""
    auth = operation.sdk.get("auth")
    if auth == "key_or_session" and not api_key:
        cookie = options.get("session_cookie")
        return {"Cookie": str(cookie)} if cookie else {}
    if auth == "management":
        headers: dict[str, str] = {}
        token = options.get("management_token")
        if token:
            headers["Authorization"] = f"Bearer {token}"
        cookie = options.get("session_cookie")
        if cookie:
            headers["Cookie"] = str(cookie)
        return headers
    return {"Authorization": f"Bearer {api_key}"} if api_key else {}


PROFILE = APIProfile(
    name="memories.sh",
    default_base_url=DEFAULT_BASE_URL,
    api_key_env="MEMORIES_API_KEY",
    base_url_env="MEMORIES_BASE_URL",
    operation_auth=operation_auth,
    client_options={
        "tenant_id": "MEMORIES_TENANT_ID",
        "user_id": "MEMORIES_USER_ID",
        "project_id": "MEMORIES_PROJECT_ID",
        "management_token": "MEMORIES_MANAGEMENT_TOKEN",
        "session_cookie": "MEMORIES_SESSION_COOKIE",
    },
    scope_options={"tenantId": "tenant_id", "userId": "user_id", "projectId": "project_id"},
    option_validators={name: _scope_value(name) for name in _SCOPE_LIMITS},
    secret_options=frozenset({"management_token", "session_cookie"}),
    secret_fields=SECRET_FIELDS,
    send_null=False,
    status_error=_errors.status_error,
    connection_error=exc.APIConnectionError,
    timeout_error=exc.APITimeoutError,
    response_validation_error=exc.APIResponseValidationError,
    unsupported_endpoint_error=exc.UnsupportedEndpointError,
    client_validation_error=exc.ClientValidationError,
    decorate_result=_envelope.decorate_result,
    retry_signal=_errors.retry_signal,
    request_id=_errors.request_id,
    error_in_success=_errors.error_in_success,
    no_error_in_success=_errors.no_error_in_success,
)
"""The engine profile of memories.sh."""
