"""Fixtures: a local server per test (configurable), an injectable clock and httpx helpers."""

from __future__ import annotations

import re
import threading
import uuid
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest

from memories_sh.testing import LocalServer, ServerConfig, run_server

SDK = "/api/sdk/v1"
ISO_MS_Z = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$")


class Clock:
    """A settable clock for the server (TTL, key expiry, rate-limit windows)."""

    def __init__(self) -> None:
        self._now = datetime(2026, 2, 13, 12, 0, 0, tzinfo=timezone.utc)
        self._lock = threading.Lock()

    def __call__(self) -> datetime:
        with self._lock:
            self._now += timedelta(milliseconds=1)  # strictly increasing timestamps
            return self._now

    def advance(self, **kwargs: float) -> None:
        with self._lock:
            self._now += timedelta(**kwargs)


class Api:
    """A thin httpx wrapper bound to one server and key."""

    def __init__(self, server: LocalServer) -> None:
        self.server = server
        self.base_url = server.base_url
        self.key = server.api_key
        self.http = httpx.Client(base_url=server.base_url, timeout=30)

    def auth(self, key: str | None = None) -> dict[str, str]:
        return {"Authorization": f"Bearer {key or self.key}"}

    def post(
        self,
        route: str,
        body: Any = None,
        *,
        key: str | None = None,
        raw: bytes | None = None,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        hdrs = {**self.auth(key), **(headers or {})}
        if raw is not None:
            return self.http.post(
                SDK + route, content=raw, headers={**hdrs, "Content-Type": "application/json"}
            )
        return self.http.post(SDK + route, json=body, headers=hdrs)

    def ok(self, route: str, body: Any = None, status: int = 200, **kw: Any) -> Any:
        r = self.post(route, body, **kw)
        assert r.status_code == status, r.text
        env = r.json()
        assert env["ok"] is True and env["error"] is None
        return env["data"]

    def err(
        self, route: str, body: Any = None, status: int = 400, code: str = "INVALID_REQUEST", **kw: Any
    ) -> Any:
        r = self.post(route, body, **kw)
        assert r.status_code == status, r.text
        env = r.json()
        assert env["ok"] is False and env["data"] is None
        assert env["error"]["code"] == code and env["error"]["status"] == status
        return env["error"]

    def mcp(self, method: str, params: Any = None, *, key: str | None = None, rid: Any = 1) -> httpx.Response:
        body: dict[str, Any] = {"jsonrpc": "2.0", "id": rid, "method": method}
        if params is not None:
            body["params"] = params
        return self.http.post("/api/mcp", json=body, headers=self.auth(key))

    def tool(self, name: str, arguments: dict[str, Any] | None = None) -> Any:
        r = self.mcp("tools/call", {"name": name, "arguments": arguments or {}})
        assert r.status_code == 200, r.text
        return r.json()


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def make_api(tmp_path: Any) -> Iterator[Callable[..., Api]]:
    """Start a server with the given ServerConfig options; returns an :class:`Api` for it."""
    stack: list[Any] = []

    def start(**options: Any) -> Api:
        options.setdefault("db", str(tmp_path / f"db-{uuid.uuid4().hex[:6]}"))
        cm = run_server(ServerConfig(**options))
        server = cm.__enter__()
        stack.append(cm)
        api = Api(server)
        stack.append(api)
        return api

    yield start
    for item in reversed(stack):
        if isinstance(item, Api):
            item.http.close()
        else:
            item.__exit__(None, None, None)


@pytest.fixture
def api(make_api: Callable[..., Api], clock: Clock) -> Api:
    return make_api(clock=clock)


# The public pytest plugin's fixtures (normally enabled through the pytest11 entry point).
from memories_sh.testing.pytest_plugin import (  # noqa: E402
    async_memories_client,
    memories_api_key,
    memories_client,
    memories_local_server,
    memories_server,
    memories_server_config,
)

__all__ = [
    "async_memories_client",
    "memories_api_key",
    "memories_client",
    "memories_local_server",
    "memories_server",
    "memories_server_config",
]
