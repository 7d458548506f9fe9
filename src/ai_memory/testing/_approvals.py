"""``POST /approvals/{pending_id}`` (approve/deny with ``remember``) and the live SSE stream
``GET /approvals/stream`` (R7 ``src/handlers/approvals.rs``): events are broadcast as they happen
and a subscriber sees those of its own agent id (none for an empty or ``host:*`` id)."""

from __future__ import annotations

import asyncio
import json
import queue
import threading
import time
from collections.abc import AsyncIterator
from typing import Any

from starlette.responses import StreamingResponse

from . import _governance
from . import _validate as v
from ._http import Ctx, HttpError, fail, jresp, serde_loads
from ._identity import agent_id_header

KEEP_ALIVE_SECS = 15.0


class ApprovalBroadcast:
    """Fan-out of approval events to the open ``/approvals/stream`` subscribers."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._subscribers: list[queue.SimpleQueue[dict[str, Any]]] = []

    def publish(self, event: dict[str, Any]) -> None:
        with self._lock:
            for sub in self._subscribers:
                sub.put(event)

    def subscribe(self) -> queue.SimpleQueue[dict[str, Any]]:
        sub: queue.SimpleQueue[dict[str, Any]] = queue.SimpleQueue()
        with self._lock:
            self._subscribers.append(sub)
        return sub

    def unsubscribe(self, sub: queue.SimpleQueue[dict[str, Any]]) -> None:
        with self._lock:
            self._subscribers.remove(sub)


def decide(ctx: Ctx) -> Any:
    pid = ctx.params["pending_id"]
    try:
        _governance.check_hmac(ctx.app, ctx.headers, pid, ctx.body)
    except HttpError:
        raise fail(401, "invalid or missing X-AI-Memory-Signature") from None
    try:
        body = serde_loads(ctx.body)
        if not isinstance(body, dict):
            raise ValueError("invalid type: expected struct ApprovalRequestBody")
        if body.get("decision") not in ("approve", "deny"):
            raise ValueError("unknown or missing variant for `decision`, expected `approve` or `deny`")
        remember = body.get("remember", "once")
        if remember not in ("once", "session", "forever"):
            raise ValueError("unknown variant for `remember`, expected `once`, `session` or `forever`")
    except (ValueError, UnicodeDecodeError) as exc:
        raise fail(400, f"invalid body: {exc}") from None
    try:
        v.memory_id(pid)
    except v.Invalid as exc:
        raise fail(400, str(exc)) from None
    caller = ctx.caller
    snapshot = ctx.app.store.pending(pid=pid)
    if body["decision"] == "approve":
        try:
            out = _governance.approve(ctx.app, pid, caller, {}, b"", hmac_checked=True)
        except HttpError as exc:
            if exc.response.status_code != 202:
                raise
            out = json.loads(bytes(exc.response.body))
            out.pop("reason", None)
    else:
        out = _governance.reject(ctx.app, pid, caller, {}, b"", hmac_checked=True)
    out["remember"] = remember
    ctx.app.approvals.publish(
        {"event": "approval_decided", "pending_id": pid, "decision": body["decision"]}
        | {"decided_by": caller, "remember": remember}
        | {"namespace": snapshot[0]["namespace"] if snapshot else ""}
        | {"requested_by": snapshot[0]["requested_by"] if snapshot else ""}
    )
    return jresp(200, out)


async def _frames(app: Any, agent: str, sub: queue.SimpleQueue[dict[str, Any]]) -> AsyncIterator[bytes]:
    limit = app.config.approvals_stream_seconds
    start = last = time.monotonic()
    try:
        while limit is None or time.monotonic() - start < limit:
            try:
                event = sub.get_nowait()
            except queue.Empty:
                if time.monotonic() - last >= KEEP_ALIVE_SECS:
                    last = time.monotonic()
                    yield b":\n\n"
                await asyncio.sleep(0.02)
                continue
            if agent and event.get("requested_by") == agent:
                yield f"event: {event['event']}\ndata: {json.dumps(event)}\n\n".encode()
    finally:
        app.approvals.unsubscribe(sub)


def stream(ctx: Ctx) -> Any:
    raw = (agent_id_header(ctx.headers) or "").strip()
    agent = "" if raw.startswith("host:") else raw
    sub = ctx.app.approvals.subscribe()
    return StreamingResponse(
        _frames(ctx.app, agent, sub),
        media_type="text/event-stream",
        headers={"cache-control": "no-cache"},
    )
