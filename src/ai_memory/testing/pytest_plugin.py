"""pytest plugin: fixtures backed by a local ai-memory server.

Enable with ``-p ai_memory.testing.pytest_plugin`` or ``pytest_plugins = ["ai_memory.testing.pytest_plugin"]``
(the package also registers it under the ``pytest11`` entry point).

- ``ai_memory_server_config`` (override it to customise): a :class:`ServerConfig`; default is the
  daemon's defaults plus ``allow_loopback_webhooks=True`` so local receivers work.
- ``ai_memory_server`` -> the base URL of a fresh server (function scope, in-memory SQLite).
- ``ai_memory_client`` / ``async_ai_memory_client`` -> ``ai_memory.AiMemoryClient`` /
  ``AsyncAiMemoryClient`` pointed at it, with ``agent_id="test-agent"``.
"""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

import pytest

from ._config import ServerConfig

if TYPE_CHECKING:
    from ._server import LocalServer


@pytest.fixture
def ai_memory_server_config() -> ServerConfig:
    return ServerConfig(allow_loopback_webhooks=True)


@pytest.fixture
def ai_memory_local_server(ai_memory_server_config: ServerConfig) -> Iterator[LocalServer]:
    from ._server import LocalServer  # needs the [testing] extra (uvicorn, starlette)

    server = LocalServer(ai_memory_server_config)
    server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def ai_memory_server(ai_memory_local_server: LocalServer) -> str:
    return ai_memory_local_server.url


@pytest.fixture
def ai_memory_client(ai_memory_server: str, ai_memory_server_config: ServerConfig) -> Iterator[Any]:
    client = importlib.import_module("ai_memory").AiMemoryClient(
        base_url=ai_memory_server, api_key=ai_memory_server_config.api_key, agent_id="test-agent"
    )
    try:
        yield client
    finally:
        client.close()


@pytest.fixture
async def async_ai_memory_client(
    ai_memory_server: str, ai_memory_server_config: ServerConfig
) -> AsyncIterator[Any]:
    client = importlib.import_module("ai_memory").AsyncAiMemoryClient(
        base_url=ai_memory_server, api_key=ai_memory_server_config.api_key, agent_id="test-agent"
    )
    try:
        yield client
    finally:
        await client.aclose()
