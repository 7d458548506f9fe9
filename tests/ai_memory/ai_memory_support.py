"""Test support: a scripted mock daemon (httpx.MockTransport) driven through sync and async clients."""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import httpx

import ai_memory

BASE = "http://daemon.test"


@dataclass
class Sent:
    """One request as the daemon saw it."""

    method: str
    path: str
    query: list[tuple[str, str]]
    headers: httpx.Headers
    body: bytes

    @property
    def json(self) -> Any:
        return json.loads(self.body)

    @property
    def params(self) -> dict[str, str]:
        return dict(self.query)


@dataclass
class Daemon:
    """A scripted daemon: queue responses, run calls through a sync or async client, read requests."""

    mode: str
    sent: list[Sent] = field(default_factory=list)
    replies: list[Callable[[httpx.Request], httpx.Response]] = field(default_factory=list)

    # -- scripting ---------------------------------------------------------------------------
    def reply(
        self,
        status: int = 200,
        body: Any = None,
        *,
        text: str | None = None,
        content_type: str | None = None,
        headers: dict[str, str] | None = None,
        times: int = 1,
    ) -> None:
        """Queue ``times`` identical responses (JSON ``body``, or ``text`` with ``content_type``)."""

        def make(request: httpx.Request) -> httpx.Response:
            h = dict(headers or {})
            if text is not None:
                h.setdefault("content-type", content_type or "text/plain; charset=utf-8")
                return httpx.Response(status, content=text.encode(), headers=h, request=request)
            if body is None:
                return httpx.Response(status, content=b"", headers=h, request=request)
            return httpx.Response(status, json=body, headers=h, request=request)

        self.replies.extend([make] * times)

    def fail(self, error: type[httpx.TransportError], times: int = 1) -> None:
        """Queue a transport failure."""

        def make(request: httpx.Request) -> httpx.Response:
            raise error("boom", request=request)

        self.replies.extend([make] * times)

    def _handle(self, request: httpx.Request) -> httpx.Response:
        self.sent.append(
            Sent(
                request.method,
                request.url.path,
                parse_qsl(request.url.query.decode(), keep_blank_values=True),
                request.headers,
                request.read(),
            )
        )
        if not self.replies:
            raise AssertionError(f"unexpected request {request.method} {request.url}")
        return self.replies.pop(0)(request)

    # -- clients ------------------------------------------------------------------------------
    def client(self, **kwargs: Any) -> Any:
        """A client of this mode sending through the scripted transport (no retry sleeps)."""
        kwargs.setdefault("base_url", BASE)
        transport = httpx.MockTransport(self._handle)
        if self.mode == "sync":
            client: Any = ai_memory.AiMemoryClient(http_client=httpx.Client(transport=transport), **kwargs)
            client._sleep = lambda seconds: None
        else:
            client = ai_memory.AsyncAiMemoryClient(
                http_client=httpx.AsyncClient(transport=transport), **kwargs
            )

            async def no_sleep(seconds: float) -> None:
                return None

            client._sleep = no_sleep
        return client

    def run(self, fn: Callable[[Any], Any], **client_kwargs: Any) -> Any:
        """``fn(client)`` with a fresh client; awaited for the async client."""
        return self.call(self.client(**client_kwargs), fn)

    def call(self, client: Any, fn: Callable[[Any], Any]) -> Any:
        """``fn(client)``, awaited when it returns a coroutine."""
        result = fn(client)
        if inspect.isawaitable(result):

            async def wait() -> Any:
                return await result

            return asyncio.run(wait())
        return result

    @property
    def last(self) -> Sent:
        return self.sent[-1]


def memory(i: int = 1, **overrides: Any) -> dict[str, Any]:
    """A memory in the R7 wire shape (reference §7.1: 26 fields, optional ones omitted when null)."""
    data: dict[str, Any] = {
        "id": f"5f0c6b1e-0000-4000-8000-{i:012d}",
        "tier": "long",
        "namespace": "global",
        "title": f"memory {i}",
        "content": "Use --with-openssl=/opt/openssl",
        "tags": ["dns", "bind9"],
        "priority": 5,
        "confidence": 1.0,
        "source": "api",
        "access_count": 0,
        "created_at": "2026-05-07T12:00:00.123456789+00:00",
        "updated_at": "2026-05-07T12:00:00.123456789+00:00",
        "metadata": {"agent_id": "ai:claude-opus-4.7@host"},
        "reflection_depth": 0,
        "memory_kind": "observation",
        "citations": [],
        "confidence_source": "caller_provided",
        "version": 1,
    }
    data.update(overrides)
    return data


def link(source: str, target: str, relation: str = "related_to") -> dict[str, Any]:
    """A link in the wire shape (§7.3)."""
    return {
        "source_id": source,
        "target_id": target,
        "relation": relation,
        "created_at": "2026-05-07T12:00:00+00:00",
        "attest_level": "unsigned",
    }
