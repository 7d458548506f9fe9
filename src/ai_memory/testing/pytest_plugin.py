"""pytest plugin: fixtures backed by a local ai-memory server.

Enable with ``-p ai_memory.testing.pytest_plugin`` or ``pytest_plugins = ["ai_memory.testing.pytest_plugin"]``
(the package also registers it under the ``pytest11`` entry point).

- ``ai_memory_server_config`` (override it to customise): a :class:`ServerConfig`; default is the
  daemon's defaults plus ``allow_loopback_webhooks=True`` so local receivers work.
- ``ai_memory_server`` -> the base URL of a fresh server (function scope, in-memory SQLite).
- ``ai_memory_client`` / ``async_ai_memory_client`` -> ``ai_memory.AiMemoryClient`` /
  ``AsyncAiMemoryClient`` pointed at it, with ``agent_id="test-agent"``.

Every fixture is a plain (sync) fixture, so they work with any async test runner — pytest-asyncio
in strict or auto mode, anyio's plugin, or none configured. The async client keeps no idle
connection between requests, so it belongs to no event loop; it is closed at teardown.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from ._config import ServerConfig

if TYPE_CHECKING:  # the clients are imported when a fixture runs, never when pytest loads the plugin
    from .. import AiMemoryClient, AsyncAiMemoryClient
    from ._server import LocalServer


@pytest.fixture
def ai_memory_server_config() -> ServerConfig:
    """The server's configuration; override this fixture to change it."""
    return ServerConfig(allow_loopback_webhooks=True)


@pytest.fixture
def ai_memory_local_server(ai_memory_server_config: ServerConfig) -> Iterator[LocalServer]:
    """A running local server (function scope, in-memory SQLite), stopped after the test."""
    from ._server import LocalServer  # needs the [testing] extra (uvicorn, starlette)

    server = LocalServer(ai_memory_server_config)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def ai_memory_server(ai_memory_local_server: LocalServer) -> str:
    """The base URL of a fresh local server."""
    return ai_memory_local_server.url


@pytest.fixture
def ai_memory_client(
    ai_memory_server: str, ai_memory_server_config: ServerConfig
) -> Iterator[AiMemoryClient]:
    """An :class:`~ai_memory.AiMemoryClient` for the local server (``agent_id="test-agent"``)."""
    from .. import AiMemoryClient

    with AiMemoryClient(
        base_url=ai_memory_server, api_key=ai_memory_server_config.api_key, agent_id="test-agent"
    ) as client:
        yield client


@pytest.fixture
def async_ai_memory_client(
    ai_memory_server: str, ai_memory_server_config: ServerConfig
) -> Iterator[AsyncAiMemoryClient]:
    """An :class:`~ai_memory.AsyncAiMemoryClient` for the local server (``agent_id="test-agent"``),
    closed after the test."""
    from agent_memory_sdk._fixture_http import close_async_http, fixture_async_http

    from .. import AsyncAiMemoryClient

    http = fixture_async_http()
    try:
        yield AsyncAiMemoryClient(
            base_url=ai_memory_server,
            api_key=ai_memory_server_config.api_key,
            agent_id="test-agent",
            http_client=http,
        )
    finally:
        close_async_http(http)
