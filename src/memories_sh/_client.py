"""``MemoriesClient`` and ``AsyncMemoriesClient``: the engine + the generated facade + the
memories.sh profile, plus the MCP transport switch. The two classes are thin twins."""

from __future__ import annotations

import os
import ssl
from collections.abc import Mapping
from typing import Any

import httpx
from _memories_sh_api.client import AsyncMethods, Methods

from agent_memory_sdk._client import AsyncAPIClient, SyncAPIClient
from agent_memory_sdk._constants import DEFAULT_MAX_RETRIES
from agent_memory_sdk._request import CertTypes, TimeoutTypes, wire_body
from agent_memory_sdk._runtime import NOT_GIVEN, NotGiven, Operation, RequestOptions

from . import _config, _mcp
from . import _exceptions as exc

__all__ = ["AsyncMemoriesClient", "MemoriesClient"]


class _Setup:
    """Construction and the MCP switch shared by both clients."""

    transport: str
    _options: dict[str, Any]

    @staticmethod
    def _resolve(
        api_key: str | None, base_url: str | httpx.URL | None, transport: str, options: Mapping[str, Any]
    ) -> tuple[str | None, str, str]:
        key = api_key if api_key is not None else (os.environ.get("MEMORIES_API_KEY") or None)
        management = any(
            options.get(name) or os.environ.get(env)
            for name, env in (
                ("management_token", "MEMORIES_MANAGEMENT_TOKEN"),
                ("session_cookie", "MEMORIES_SESSION_COOKIE"),
            )
        )
        if key is None and not management:
            raise exc.ClientValidationError(
                "memories.sh: an API key is required: pass api_key='mem_…' or set MEMORIES_API_KEY",
                param="api_key",
            )
        if key is not None:
            _config.check_api_key(key)
        url = str(base_url) if base_url is not None else os.environ.get("MEMORIES_BASE_URL") or ""
        url = url or _config.DEFAULT_BASE_URL
        mode = _config.resolve_transport(transport, url)
        return key, _config.normalise_base_url(url), mode

    def _tool_call(
        self, operation: Operation, query: Mapping[str, Any] | None, body: Any, options: RequestOptions
    ) -> _mcp.ToolCall | None:
        """The ``tools/call`` standing for this call, or None when it goes over HTTP."""
        if self.transport != "mcp" or not (operation.sdk.get("mcp_tool") and operation.sdk.get("mcp_via")):
            return None
        settings = self._call_settings()  # type: ignore[attr-defined]
        _, data = wire_body(settings, operation, query, body, options)
        return _mcp.build_tool_call(operation, data, options)

    def _strict(self, options: RequestOptions) -> bool:
        """Whether this call's response must match the spec exactly (``strict_responses``)."""
        value = options.get("strict_responses", NOT_GIVEN)
        return bool(self.strict_responses if isinstance(value, NotGiven) else value)  # type: ignore[attr-defined]


class MemoriesClient(_Setup, SyncAPIClient, Methods):
    """Client of the memories.sh SDK API (``/api/sdk/v1``) and its MCP transport (``/api/mcp``).

    Args:
        api_key: ``mem_`` + 64 lowercase hex; default ``MEMORIES_API_KEY``. Required unless only
            management credentials are given. Its format is checked here (the key is never echoed).
        base_url: default ``MEMORIES_BASE_URL`` or ``https://memories.sh``; a trailing
            ``/api/sdk/v1`` or ``/api/mcp`` is removed.
        transport: ``"sdk_http"``, ``"mcp"`` or ``"auto"`` (``mcp`` iff the base URL ends with
            ``/api/mcp``). Over MCP the methods with a memory tool (``x-sdk.mcp_tool``) use
            JSON-RPC ``tools/call``; the others (skills, sessions, graph, management) use HTTP.
        tenant_id, user_id, project_id: default scope (``MEMORIES_TENANT_ID``, ``MEMORIES_USER_ID``,
            ``MEMORIES_PROJECT_ID``), merged into every call that takes a scope; a call's own
            ``tenant_id=`` … wins; an empty scope is not sent.
        management_token: a CLI token (``cli_…``, ``MEMORIES_MANAGEMENT_TOKEN``) for
            ``management.keys``; session_cookie: a dashboard ``Cookie`` header value
            (``MEMORIES_SESSION_COOKIE``). ``management.keys`` does not accept the ``mem_`` key;
            the other management methods take the key, or the cookie when there is no key.
        timeout, max_retries, headers, http_client, verify, cert: engine options.
        validate_requests: check bodies against the spec's limits before sending (default True).
        strict_responses: raise ``APIResponseValidationError`` on a response that differs from
            the spec instead of returning what could be read and logging a warning.
    """

    api_profile = _config.PROFILE

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        transport: _config.Transport = "auto",
        tenant_id: str | None = None,
        user_id: str | None = None,
        project_id: str | None = None,
        management_token: str | None = None,
        session_cookie: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        verify: ssl.SSLContext | str | bool = True,
        cert: CertTypes | None = None,
        validate_requests: bool = True,
        strict_responses: bool = False,
    ) -> None:
        """Configure the client: every argument is described in the class docstring."""
        options = {"management_token": management_token, "session_cookie": session_cookie}
        key, url, self.transport = self._resolve(api_key, base_url, transport, options)
        super().__init__(
            api_key=key,
            base_url=url,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            http_client=http_client,
            verify=verify,
            cert=cert,
            validate_requests=validate_requests,
            strict_responses=strict_responses,
            tenant_id=tenant_id,
            user_id=user_id,
            project_id=project_id,
            management_token=management_token,
            session_cookie=session_cookie,
        )

    def request(
        self,
        operation: Operation,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        body: Any = NOT_GIVEN,
        options: RequestOptions | None = None,
        raw: bool = False,
    ) -> Any:
        """Send one operation call (over MCP when the transport and the operation say so)."""
        opts: RequestOptions = options or {}
        call = self._tool_call(operation, query, body, opts)
        if call is None:
            return super().request(
                operation, path=path, query=query, headers=headers, body=body, options=opts, raw=raw
            )
        answer = _mcp.rpc_method(self.with_raw_response, operation)(
            jsonrpc="2.0", method="tools/call", id=call.rpc_id, params=call.params, **call.options
        )
        return _mcp.tool_result(operation, call, answer, raw, self._strict(opts))


class AsyncMemoriesClient(_Setup, AsyncAPIClient, AsyncMethods):
    """Async twin of :class:`MemoriesClient` (same arguments; methods are coroutines)."""

    api_profile = _config.PROFILE

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str | httpx.URL | None = None,
        transport: _config.Transport = "auto",
        tenant_id: str | None = None,
        user_id: str | None = None,
        project_id: str | None = None,
        management_token: str | None = None,
        session_cookie: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        verify: ssl.SSLContext | str | bool = True,
        cert: CertTypes | None = None,
        validate_requests: bool = True,
        strict_responses: bool = False,
    ) -> None:
        """Configure the client: every argument is described in the class docstring."""
        options = {"management_token": management_token, "session_cookie": session_cookie}
        key, url, self.transport = self._resolve(api_key, base_url, transport, options)
        super().__init__(
            api_key=key,
            base_url=url,
            timeout=timeout,
            max_retries=max_retries,
            headers=headers,
            http_client=http_client,
            verify=verify,
            cert=cert,
            validate_requests=validate_requests,
            strict_responses=strict_responses,
            tenant_id=tenant_id,
            user_id=user_id,
            project_id=project_id,
            management_token=management_token,
            session_cookie=session_cookie,
        )

    async def request(
        self,
        operation: Operation,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        body: Any = NOT_GIVEN,
        options: RequestOptions | None = None,
        raw: bool = False,
    ) -> Any:
        """Async :meth:`MemoriesClient.request`."""
        opts: RequestOptions = options or {}
        call = self._tool_call(operation, query, body, opts)
        if call is None:
            return await super().request(
                operation, path=path, query=query, headers=headers, body=body, options=opts, raw=raw
            )
        answer = await _mcp.rpc_method(self.with_raw_response, operation)(
            jsonrpc="2.0", method="tools/call", id=call.rpc_id, params=call.params, **call.options
        )
        return _mcp.tool_result(operation, call, answer, raw, self._strict(opts))
