"""pytest fixtures: ``memories_server`` (base URL), ``memories_api_key``, ``memories_client``,
``async_memories_client``, plus ``memories_local_server`` (the :class:`LocalServer`).

Enable with ``-p memories_sh.testing.pytest_plugin`` or through the ``pytest11`` entry point.
Override ``memories_server_config`` to configure the server; its default turns the service's
three rate limits off (a test suite making hundreds of calls would otherwise wait on them): ask
for them with ``ServerConfig()`` (the service's limits) or e.g. ``ServerConfig(rate_limit=120,
management_rate_limit=None, management_strict_rate_limit=None)``.

Every fixture is a plain (sync) fixture, so they work with any async test runner — pytest-asyncio
in strict or auto mode, anyio's plugin, or none configured. The async client keeps no idle
connection between requests, so it belongs to no event loop; it is closed at teardown.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

from ._config import ServerConfig  # stdlib-only: loading this plugin never imports starlette/uvicorn

if TYPE_CHECKING:  # the clients are imported when a fixture runs, never when pytest loads the plugin
    from .. import AsyncMemoriesClient, MemoriesClient
    from ._runner import LocalServer


@pytest.fixture
def memories_server_config() -> ServerConfig:
    """The configuration of the server (rate limits off); override this fixture to change it."""
    return ServerConfig(rate_limit=None, management_rate_limit=None, management_strict_rate_limit=None)


@pytest.fixture
def memories_local_server(memories_server_config: ServerConfig) -> Iterator[LocalServer]:
    from ._runner import run_server

    with run_server(memories_server_config) as server:
        yield server


@pytest.fixture
def memories_server(memories_local_server: LocalServer) -> str:
    """Base URL of a fresh local memories.sh server (function scope, temporary database)."""
    return memories_local_server.base_url


@pytest.fixture
def memories_api_key(memories_local_server: LocalServer) -> str:
    """A ``mem_`` key the server accepts."""
    return memories_local_server.api_key


@pytest.fixture
def memories_client(memories_server: str, memories_api_key: str) -> Iterator[MemoriesClient]:
    """A :class:`~memories_sh.MemoriesClient` for the local server."""
    from .. import MemoriesClient  # imported lazily: the server works without the client

    with MemoriesClient(memories_api_key, base_url=memories_server) as client:
        yield client


@pytest.fixture
def async_memories_client(memories_server: str, memories_api_key: str) -> Iterator[AsyncMemoriesClient]:
    """An :class:`~memories_sh.AsyncMemoriesClient` for the local server, closed after the test."""
    from agent_memory_sdk._fixture_http import close_async_http, fixture_async_http

    from .. import AsyncMemoriesClient

    http = fixture_async_http()
    try:
        yield AsyncMemoriesClient(memories_api_key, base_url=memories_server, http_client=http)
    finally:
        close_async_http(http)
