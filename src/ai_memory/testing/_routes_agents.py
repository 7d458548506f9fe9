"""Agent routes: the agent registry (``/agents``), session/start, notify and inbox messaging.

Also holds :func:`require_caller` (a claimed ``agent_id`` must be the caller) and
:func:`register_agent`, shared with the subscription and consolidate routes.
"""

from __future__ import annotations

import json
import os
import re
import socket
import uuid
from typing import Any

from . import _actions, _identity
from . import _validate as v
from ._http import Ctx, axum_json, fail, jresp, query_parse
from ._routes_admin import require_admin
from ._routes_governance import standard_memories
from ._routes_memories import build_memory

NOTIFY_SPEC = {
    "target_agent_id": ("str", True),
    "title": ("str", True),
    "payload": ("str", False),
    "content": ("str", False),
    "priority": ("int", False),
    "tier": ("enum:short|mid|long", False),
    "agent_id": ("str", False),
}


def require_caller(ctx: Ctx, claimed: str | None, where: str = "body") -> None:
    """403 when a body/query ``agent_id`` is given and is not the authenticated caller."""
    if claimed is not None and claimed != ctx.caller:
        raise fail(403, f"agent_id {where} parameter does not match authenticated caller")


def agents(ctx: Ctx) -> Any:
    if ctx.method == "GET":
        require_admin(ctx)
        rows = ctx.app.store.list_rows({"namespace": "_agents"}, 10_000, 0)
        out = [
            {
                "agent_id": m["metadata"].get("registered_agent_id", m["title"].removeprefix("agent:")),
                "agent_type": m["metadata"].get("agent_type"),
                "capabilities": m["metadata"].get("capabilities", []),
                "registered_at": m["metadata"].get("registered_at", m["created_at"]),
                "last_seen_at": m["metadata"].get("last_seen_at", m["updated_at"]),
            }
            for m in rows
        ]
        return jresp(200, {"count": len(out), "agents": out})
    body = axum_json(
        ctx,
        {"agent_id": ("str", True), "agent_type": ("str", True), "capabilities": ("strlist", False)},
        "RegisterAgentBody",
    )
    caps = body.get("capabilities") or []
    try:
        v.agent_id(body["agent_id"])
        v.agent_type(body["agent_type"])
        v.tags(caps)
    except v.Invalid as exc:
        raise fail(400, str(exc)) from None
    mid = register_agent(ctx.app, body["agent_id"], body["agent_type"], caps)
    return jresp(
        201,
        {
            "registered": True,
            "id": mid,
            "agent_id": body["agent_id"],
            "agent_type": body["agent_type"],
            "capabilities": caps,
        },
    )


def register_agent(app: Any, agent_id: str, agent_type: str, caps: list[str]) -> str:
    now = app.store.now()
    prev = app.store.find_by_title(f"agent:{agent_id}", "_agents")
    meta = {
        "agent_id": agent_id,
        "registered_agent_id": agent_id,
        "agent_type": agent_type,
        "capabilities": caps,
        "registered_at": prev["metadata"].get("registered_at", now) if prev else now,
        "last_seen_at": now,
        "scope": "collective",
    }
    mem = {
        "id": str(uuid.uuid4()),
        "tier": "long",
        "namespace": "_agents",
        "title": f"agent:{agent_id}",
        "content": json.dumps({"agent_id": agent_id, "agent_type": agent_type, "capabilities": caps}),
        "tags": ["_agent"],
        "priority": 5,
        "confidence": 1.0,
        "source": "system",
        "access_count": 0,
        "created_at": now,
        "updated_at": now,
        "metadata": meta,
    }
    return str(app.store.upsert(mem))


def session_start(ctx: Ctx) -> Any:
    body = axum_json(
        ctx,
        {"namespace": ("str", False), "limit": ("uint", False), "agent_id": ("str", False)},
        "SessionStartBody",
    )
    if body.get("agent_id") is not None and body["agent_id"] != ctx.caller:
        raise fail(400, "agent_id body parameter does not match X-Agent-Id header")
    f = {"namespace": body.get("namespace")}
    rows = ctx.app.store.list_rows(f, max(1, min(body.get("limit") or 10, 50)), 0)
    rows = [m for m in rows if _identity.can_read(ctx.app.config, m["metadata"], ctx.caller)]
    # The standards along the namespace chain come separately (one: `standard`, more: `standards`).
    standards = standard_memories(ctx, body.get("namespace"))
    rows = [m for m in rows if all(m["id"] != s["id"] for s in standards)]
    out: dict[str, Any] = {
        "mode": "session_start",
        "memories": [{**m, "score": 0.0} for m in rows],
        "count": len(rows),
        "session_id": str(uuid.uuid4()),
    }
    if standards:
        out |= {"standard": standards[0]} if len(standards) == 1 else {"standards": standards}
    return jresp(200, out | ({"agent_id": body["agent_id"]} if body.get("agent_id") is not None else {}))


def notify(ctx: Ctx) -> Any:
    body = axum_json(ctx, NOTIFY_SPEC, "NotifyBody")
    payload = body.get("payload") if body.get("payload") is not None else body.get("content")
    if payload is None:
        raise fail(400, "payload or content is required")
    require_caller(ctx, body.get("agent_id"))
    target = body["target_agent_id"]
    try:
        v.agent_id(target)
        v.title(body["title"])
    except v.Invalid:
        raise fail(400, "invalid request") from None
    sender = os.environ.get("AI_MEMORY_AGENT_ID") or (
        f"ai:{re.sub(r'[^A-Za-z0-9_.-]', '-', ctx.caller)}@{socket.gethostname()}:pid-{os.getpid()}"
    )
    content = payload if isinstance(payload, str) else json.dumps(payload)
    now = ctx.app.store.now()
    tier = body.get("tier") or "mid"
    mem = build_memory(
        ctx,
        {
            "title": body["title"],
            "content": content,
            "tier": tier,
            "namespace": f"_messages/{target}",
            "source": "notify",
            "tags": ["_message"],
            "priority": max(1, min(body.get("priority") or 5, 10)),
            "on_conflict": "version",
        },
    )
    mem.pop("_on_conflict")
    mem["metadata"] = {
        "agent_id": sender,
        "recipient_agent_id": target,
        "target_agent_id": target,
        "message_kind": "notify",
    }
    mid = _actions.store(ctx.app, mem, "version")
    return jresp(
        201,
        {
            "id": mid,
            "from": sender,
            "to": target,
            "namespace": f"_messages/{target}",
            "tier": tier,
            "delivered_at": now,
        },
    )


def inbox(ctx: Ctx) -> Any:
    q = query_parse(
        ctx, {"agent_id": ("str", False), "unread_only": ("bool", False), "limit": ("uint", False)}
    )
    require_caller(ctx, q.get("agent_id"), "query")
    ns = f"_messages/{ctx.caller}"
    limit = max(1, min(q.get("limit") or 50, 500))
    rows = ctx.app.store.q(
        "SELECT id FROM memories WHERE namespace = ? AND (expires_at IS NULL OR expires_at > ?) "
        "AND (? = 0 OR access_count = 0) ORDER BY created_at DESC LIMIT ?",
        (ns, ctx.app.store.now(), 1 if q.get("unread_only") else 0, limit),
    )
    msgs = []
    for r in rows:
        m = ctx.app.store.get_row(r["id"])
        if m is None:
            continue
        msgs.append(
            {
                "id": m["id"],
                "from": m["metadata"].get("agent_id"),
                "title": m["title"],
                "payload": m["content"],
                "priority": m["priority"],
                "tier": m["tier"],
                "created_at": m["created_at"],
                "read": m["access_count"] > 0,
                "access_count": m["access_count"],
            }
        )
    return jresp(
        200,
        {
            "agent_id": ctx.caller,
            "namespace": ns,
            "count": len(msgs),
            "unread_only": bool(q.get("unread_only")),
            "messages": msgs,
        },
    )
