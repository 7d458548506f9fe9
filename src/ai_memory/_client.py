"""The two clients: :class:`AiMemoryClient` and :class:`AsyncAiMemoryClient`.

Each is the shared engine (``SyncAPIClient`` / ``AsyncAPIClient``) plus the facade generated from
``specs/ai-memory.openapi.yaml`` (``Methods`` / ``AsyncMethods``: one typed method per operation)
plus the ai-memory profile. Nothing here names an endpoint: the shells only fix the constructor.
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from _ai_memory_api.client import AsyncMethods, Methods

from agent_memory_sdk._client import AsyncAPIClient, SyncAPIClient
from agent_memory_sdk._constants import DEFAULT_MAX_RETRIES
from agent_memory_sdk._runtime import NOT_GIVEN, NotGiven

from ._profile import PROFILE

if TYPE_CHECKING:
    import httpx

    from agent_memory_sdk._request import CertTypes, TimeoutTypes

__all__ = ["AiMemoryClient", "AsyncAiMemoryClient"]


def _settings(
    base_url: str | httpx.URL | None,
    api_key: str | None,
    agent_id: str | None,
    timeout: TimeoutTypes | NotGiven,
    verify: ssl.SSLContext | str | bool | None,
    cert: CertTypes | None,
    headers: Mapping[str, str] | None,
    max_retries: int,
    validate_requests: bool,
    strict_responses: bool,
) -> dict[str, Any]:
    """The engine's keyword arguments for the seed constructor's arguments (``verify=None`` → verify)."""
    return {
        "base_url": base_url,
        "api_key": api_key,
        "agent_id": agent_id,
        "timeout": timeout,
        "verify": True if verify is None else verify,
        "cert": cert,
        "headers": headers,
        "max_retries": max_retries,
        "validate_requests": validate_requests,
        "strict_responses": strict_responses,
    }


class _AgentIdentity:
    """What both shells expose of the ``agent_id`` client option."""

    _options: dict[str, Any]

    @property
    def agent_id(self) -> str | None:
        """The agent id sent as ``X-Agent-Id`` (None: the daemon assigns an anonymous one per request)."""
        value = self._options.get("agent_id")
        return None if value is None else str(value)


class AiMemoryClient(_AgentIdentity, SyncAPIClient, Methods):
    """Blocking client of the ai-memory daemon's HTTP API (``/api/v1``).

    Args:
        base_url: the daemon's URL; default ``AI_MEMORY_BASE_URL`` or ``http://localhost:9077``.
        api_key: sent as ``X-API-Key``; default ``AI_MEMORY_API_KEY``.
        agent_id: sent as ``X-Agent-Id`` on every request; default ``AI_MEMORY_AGENT_ID``. Checked
            against the daemon's rules here (``ValidationError`` naming ``agent_id``). Override per
            call with a method's ``agent_id=`` or ``client.with_options(agent_id=...)``.
        timeout: seconds or an ``httpx.Timeout`` (default 60 s, 5 s to connect; None: no limit).
        verify: TLS verification: True/None (system CAs), False, a CA bundle path or an SSLContext.
        cert: client certificate for mTLS: ``certfile`` or ``(certfile, keyfile[, password])``.
        headers: extra headers sent on every request.
        max_retries: retries of failed requests (see the README's "Retries").
        http_client: an ``httpx.Client`` to send through (configure TLS on it; not closed by us).
        validate_requests: check request bodies against the spec's constraints before sending.
        strict_responses: raise ``APIResponseValidationError`` on a response that differs from
            the spec, instead of returning what could be read and logging a warning (README
            "When the server drifts"). Per call: ``client.with_options(strict_responses=True)``.

    Every operation of the daemon is a method (``store``, ``recall``, ``get``, ``consolidate``,
    ``kg_query``, …); ``client.with_raw_response.<method>(...)`` returns the raw response.
    """

    api_profile = PROFILE

    def __init__(
        self,
        base_url: str | httpx.URL | None = None,
        *,
        api_key: str | None = None,
        agent_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        verify: ssl.SSLContext | str | bool | None = None,
        cert: CertTypes | None = None,
        headers: Mapping[str, str] | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.Client | None = None,
        validate_requests: bool = True,
        strict_responses: bool = False,
    ) -> None:
        """Configure the client: every argument is described in the class docstring."""
        settings = _settings(
            base_url,
            api_key,
            agent_id,
            timeout,
            verify,
            cert,
            headers,
            max_retries,
            validate_requests,
            strict_responses,
        )
        super().__init__(http_client=http_client, **settings)


class AsyncAiMemoryClient(_AgentIdentity, AsyncAPIClient, AsyncMethods):
    """Async twin of :class:`AiMemoryClient` (same arguments; ``http_client`` is an ``httpx.AsyncClient``).

    Use ``async with AsyncAiMemoryClient() as client:`` or ``await client.aclose()``.
    """

    api_profile = PROFILE

    def __init__(
        self,
        base_url: str | httpx.URL | None = None,
        *,
        api_key: str | None = None,
        agent_id: str | None = None,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        verify: ssl.SSLContext | str | bool | None = None,
        cert: CertTypes | None = None,
        headers: Mapping[str, str] | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        http_client: httpx.AsyncClient | None = None,
        validate_requests: bool = True,
        strict_responses: bool = False,
    ) -> None:
        """Configure the client: every argument is described in the class docstring."""
        settings = _settings(
            base_url,
            api_key,
            agent_id,
            timeout,
            verify,
            cert,
            headers,
            max_retries,
            validate_requests,
            strict_responses,
        )
        super().__init__(http_client=http_client, **settings)

    async def aclose(self) -> None:
        """Close the connection pool (the published SDK's name for :meth:`close`)."""
        await self.close()
