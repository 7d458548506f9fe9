"""pytest fixtures: ``memories_server`` (base URL), ``memories_api_key``, ``memories_client``,
``async_memories_client``, plus ``memories_local_server`` (the :class:`LocalServer`).

Enable with ``-p memories_sh.testing.pytest_plugin`` or through the ``pytest11`` entry point.
Override ``memories_server_config`` to configure the server.
"""

from __future__ import annotations

import importlib
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING, Any

import pytest

from ._config import ServerConfig  # stdlib-only: loading this plugin never imports starlette/uvicorn

if TYPE_CHECKING:
    from ._runner import LocalServer


@pytest.fixture
def memories_server_config() -> ServerConfig:
    """The configuration of the server; override this fixture to change it."""
    return ServerConfig()


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
def memories_client(memories_server: str, memories_api_key: str) -> Iterator[Any]:
    # imported lazily: the server works without the client
    client_cls = getattr(importlib.import_module("memories_sh"), "MemoriesClient")  # noqa: B009
    client = client_cls(memories_api_key, base_url=memories_server)
    try:
        yield client
    finally:
        close = getattr(client, "close", None)
        if callable(close):
            close()


@pytest.fixture
async def async_memories_client(memories_server: str, memories_api_key: str) -> AsyncIterator[Any]:
    client_cls = getattr(importlib.import_module("memories_sh"), "AsyncMemoriesClient")  # noqa: B009
    client = client_cls(memories_api_key, base_url=memories_server)
    try:
        yield client
    finally:
        aclose = getattr(client, "aclose", None) or getattr(client, "close", None)
        if callable(aclose):
            result = aclose()
            if hasattr(result, "__await__"):
                await result
