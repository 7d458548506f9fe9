"""Fixtures for the local-server tests: plain httpx over real HTTP (not the SDK)."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import httpx
import pytest

from ai_memory.testing import LocalServer, ServerConfig

# The plugin's fixtures, used here exactly as users get them.
from ai_memory.testing.pytest_plugin import (
    ai_memory_local_server,
    ai_memory_server,
    ai_memory_server_config,
)

__all__ = ["ai_memory_local_server", "ai_memory_server", "ai_memory_server_config"]


@pytest.fixture
def http(ai_memory_server: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=ai_memory_server, timeout=10) as client:
        yield client


@pytest.fixture
def make_server() -> Iterator[Callable[..., tuple[LocalServer, httpx.Client]]]:
    """Start extra servers with a custom config; everything is stopped at teardown."""
    started: list[tuple[LocalServer, httpx.Client]] = []

    def factory(**kwargs: object) -> tuple[LocalServer, httpx.Client]:
        server = LocalServer(ServerConfig(**kwargs))  # type: ignore[arg-type]
        server.start()
        client = httpx.Client(base_url=server.url, timeout=10)
        started.append((server, client))
        return server, client

    yield factory
    for server, client in started:
        client.close()
        server.stop()
