"""The legacy MCP HTTP+SSE transport of ``/api/mcp`` (``route.ts`` GET + ``?session=`` POSTs).

``GET /api/mcp`` with a Bearer key opens ``text/event-stream``; the first event is ``endpoint`` with
``"/api/mcp?session=<uuid>"``. A POST to that URL needs no header: it reuses the session's key, and
a successful JSON-RPC response is also pushed on the stream as ``event: message`` (errors are only
in the POST's own body, as the service does). Idle sessions close with ``event: session_closed``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from ._app import State, json_response
from ._auth import AuthContext, bearer_token, hash_key
from ._common import ApiError

MAX_PER_KEY, MAX_PER_IP = 5, 20
IDLE_SECONDS = 15 * 60.0
_CLOSE = object()


def frame(event: str, data: Any) -> bytes:
    """``formatSSE``: ``event: <name>\\ndata: <JSON>\\n\\n``."""
    return f"event: {event}\ndata: {json.dumps(data, separators=(',', ':'))}\n\n".encode()


@dataclass
class Session:
    """One open event stream: who it belongs to and where its messages go."""

    id: str
    auth: AuthContext
    client_ip: str
    loop: asyncio.AbstractEventLoop
    queue: asyncio.Queue[Any] = field(default_factory=asyncio.Queue)

    def push(self, item: Any) -> None:
        self.loop.call_soon_threadsafe(self.queue.put_nowait, item)


class Hub:
    """The open sessions of one server (``connections`` in the service)."""

    def __init__(self, idle_seconds: float | None = None) -> None:
        self._idle = idle_seconds
        self._sessions: dict[str, Session] = {}
        self._lock = threading.Lock()

    @property
    def idle_seconds(self) -> float:
        """``MCP_SESSION_IDLE_MS`` (15 min; the module's ``IDLE_SECONDS`` unless given)."""
        return self._idle if self._idle is not None else IDLE_SECONDS

    def get(self, session_id: str | None) -> Session | None:
        with self._lock:
            return self._sessions.get(session_id or "")

    def count(self, key_hash: str | None = None, ip: str | None = None) -> int:
        with self._lock:
            return sum(
                1
                for s in self._sessions.values()
                if (key_hash is None or s.auth.key_hash == key_hash) and (ip is None or s.client_ip == ip)
            )

    def open(self, auth: AuthContext, ip: str) -> Session:
        session = Session(str(uuid.uuid4()), auth, ip, asyncio.get_running_loop())
        with self._lock:
            self._sessions[session.id] = session
        return session

    def drop(self, session_id: str) -> None:
        with self._lock:
            self._sessions.pop(session_id, None)

    def close_all(self) -> None:
        """End every stream (server shutdown), so uvicorn does not wait on them."""
        with self._lock:
            sessions = list(self._sessions.values())
        for session in sessions:
            with contextlib.suppress(RuntimeError):  # the loop is already closed
                session.push(_CLOSE)


async def _events(hub: Hub, session: Session) -> AsyncIterator[bytes]:
    try:
        yield frame("endpoint", f"/api/mcp?session={session.id}")
        while True:
            try:
                item = await asyncio.wait_for(session.queue.get(), hub.idle_seconds)
            except asyncio.TimeoutError:
                yield frame("session_closed", {"reason": "idle_timeout"})
                return
            if item is _CLOSE:
                return
            yield frame("message", item)
    finally:
        hub.drop(session.id)


def open_stream(state: State, hub: Hub, request: Request, authenticate: Any, endpoint_error: Any) -> Response:
    """GET with a key: session caps (429 + Retry-After: 60), rate limit, authentication, the stream."""
    key = bearer_token(request.headers.get("authorization")) or ""
    key_hash = hash_key(key)
    ip = request.client.host if request.client else "unknown"
    if hub.count(key_hash=key_hash) >= MAX_PER_KEY:
        err = ApiError(
            "rate_limit_error",
            "TOO_MANY_KEY_SESSIONS",
            "Too many active MCP sessions for this API key",
            429,
            True,
        )
        return endpoint_error(state, err, {"Retry-After": "60"})  # type: ignore[no-any-return]
    if hub.count(ip=ip) >= MAX_PER_IP:
        err = ApiError(
            "rate_limit_error", "TOO_MANY_IP_SESSIONS", "Too many active MCP sessions from this IP", 429, True
        )
        return endpoint_error(state, err, {"Retry-After": "60"})  # type: ignore[no-any-return]
    auth = authenticate(state, key)
    if isinstance(auth, Response):
        return auth
    session = hub.open(auth, ip)
    headers = {
        "Content-Type": "text/event-stream",  # no charset parameter, as the service sends it
        "Cache-Control": "no-cache, no-transform",
        "Connection": "keep-alive",
        "X-Accel-Buffering": "no",
    }
    return StreamingResponse(_events(hub, session), headers=headers)


def not_a_stream(state: State) -> Response:
    return json_response(
        {"status": "ok", "name": "memories.sh MCP Server", "version": "0.6.0", "transport": "sse"}
    )
