"""Notify/inbox, subscriptions, pending approvals, capabilities, session/start, check_duplicate,
consolidate."""

from __future__ import annotations

import json
import os
import re
import socket
import uuid
from typing import Any

from . import _actions, _governance, _identity, _webhooks
from . import _validate as v
from ._config import VERSION
from ._http import Ctx, axum_json, fail, jresp, query_parse
from ._routes_admin import register_agent
from ._routes_memories import build_memory

NOTIFY_SPEC = {
    "target_agent_id": ("str", True),
    "title": ("str", True),
    "payload": ("any", False),
    "content": ("str", False),
    "priority": ("int", False),
    "tier": ("enum:short|mid|long", False),
    "agent_id": ("str", False),
}
SUBSCRIBE_SPEC = {
    k: ("str", False)
    for k in ("url", "events", "secret", "namespace_filter", "agent_filter", "namespace", "agent_id")
}


def _mismatch(ctx: Ctx, claimed: str | None, where: str = "body") -> None:
    if claimed is not None and claimed != ctx.caller:
        raise fail(403, f"agent_id {where} parameter does not match authenticated caller")


def notify(ctx: Ctx) -> Any:
    body = axum_json(ctx, NOTIFY_SPEC, "NotifyBody")
    payload = body.get("payload") if body.get("payload") is not None else body.get("content")
    if payload is None:
        raise fail(400, "payload or content is required")
    _mismatch(ctx, body.get("agent_id"))
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
    _mismatch(ctx, q.get("agent_id"), "query")
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


def subscriptions(ctx: Ctx) -> Any:
    store, caller = ctx.app.store, None
    if ctx.method == "GET":
        q = query_parse(ctx, {"agent_id": ("str", False)})
        _mismatch(ctx, q.get("agent_id"), "query")
        rows = [
            {
                "id": s["id"],
                "url": s["url"],
                "events": s["events"],
                "namespace": s["namespace"],
                "namespace_filter": s["namespace_filter"],
                "agent_filter": s["agent_filter"],
                "agent_id": s["agent_id"],
                "created_by": s["created_by"],
                "created_at": s["created_at"],
                "dispatch_count": s["dispatch_count"],
                "failure_count": s["failure_count"],
            }
            for s in store.subscriptions(ctx.caller)
        ]
        return jresp(200, {"count": len(rows), "subscriptions": rows})
    if ctx.method == "DELETE":
        q = query_parse(ctx, {"id": ("str", False), "agent_id": ("str", False), "namespace": ("str", False)})
        _mismatch(ctx, q.get("agent_id"), "query")
        if q.get("id") is not None:
            return jresp(200, {"id": q["id"], "removed": store.remove_subscription(q["id"], ctx.caller) > 0})
        if q.get("namespace") is None:
            raise fail(400, "id or (agent_id, namespace) required")
        match = [s for s in store.subscriptions(ctx.caller) if s["namespace_filter"] == q["namespace"]]
        if not match:  # the daemon answers 200 with an empty id, not 404
            return jresp(200, {"id": "", "removed": False})
        store.remove_subscription(match[0]["id"], ctx.caller)
        return jresp(200, {"id": match[0]["id"], "removed": True})
    body = axum_json(ctx, SUBSCRIBE_SPEC, "SubscribeBody")
    caller = ctx.caller
    _mismatch(ctx, body.get("agent_id"))
    if not body.get("secret") and not ctx.app.config.webhook_hmac_secret:
        raise fail(
            400,
            "HMAC secret required: configure per-subscription `hmac_secret` or server-wide "
            "`[security] hmac_secret`",
            hint="Pass `secret: <value>` in the subscribe request body, OR set [hooks.subscription] "
            "hmac_secret in the daemon config. Unsigned subscription dispatch was disabled in "
            "v0.7.0 (fix campaign R3-S1.HMAC, 2026-05-13).",
        )
    if body.get("url") is not None:
        url, ns_filter, agent_filter = body["url"], body.get("namespace_filter"), body.get("agent_filter")
    elif body.get("namespace") is not None:
        url, ns_filter = f"http://localhost/_ns/{caller}/{body['namespace']}", body["namespace"]
        agent_filter = body.get("agent_filter") or caller
    else:
        raise fail(400, "url or namespace is required")
    events = body.get("events") or "*"
    try:
        _webhooks.validate_url(url, ctx.app.config.allow_loopback_webhooks)
    except ValueError as exc:
        raise fail(400, str(exc)) from None
    if store.find_by_title(f"agent:{caller}", "_agents") is None:
        register_agent(ctx.app, caller, "ai:generic", [])
    sid = str(uuid.uuid4())
    store.add_subscription(
        {
            "id": sid,
            "url": url,
            "events": events,
            "secret_hash": _webhooks.sha256_hex(body["secret"]) if body.get("secret") else None,
            "namespace_filter": ns_filter,
            "agent_filter": agent_filter,
            "namespace": ns_filter,
            "created_by": caller,
            "agent_id": caller,
            "created_at": store.now(),
        }
    )
    out: dict[str, Any] = {
        "id": sid,
        "url": url,
        "events": events,
        "namespace_filter": ns_filter,
        "agent_filter": agent_filter,
        "created_by": caller,
    }
    if ns_filter is not None:
        out["namespace"] = ns_filter
    out["agent_id"] = caller
    return jresp(201, out)


def pending(ctx: Ctx) -> Any:
    q = query_parse(ctx, {"status": ("str", False), "namespace": ("str", False), "limit": ("uint", False)})
    admin = _identity.is_admin(ctx.app.config, ctx.caller) and bool(ctx.app.config.admin_agent_ids)
    rows = ctx.app.store.pending(
        status=q.get("status"),
        namespace=q.get("namespace"),
        requested_by=None if admin or not ctx.app.config.enforce_admin else ctx.caller,
        limit=max(1, min(q.get("limit") or 100, 1000)),
    )
    return jresp(200, {"count": len(rows), "pending": rows, "owner_scope": "admin" if admin else "caller"})


def approve(ctx: Ctx) -> Any:
    return jresp(200, _governance.approve(ctx.app, ctx.params["id"], ctx.caller, ctx.headers, ctx.body))


def reject(ctx: Ctx) -> Any:
    return jresp(200, _governance.reject(ctx.app, ctx.params["id"], ctx.caller, ctx.headers, ctx.body))


def capabilities(ctx: Ctx) -> Any:
    from ._routes_table import implemented_summary

    return jresp(
        200,
        {
            "schema_version": "3",
            "summary": "ai-memory (local SQLite test server): keyword tier",
            "to_describe_to_user": "A local ai-memory server for tests; keyword (FTS5) recall, no embedder.",
            "tools": [],
            "tier": "keyword",
            "version": VERSION,
            "features": {
                "keyword_search": True,
                "semantic_search": False,
                "hybrid_recall": False,
                "embedder_loaded": False,
                "recall_mode_active": "keyword",
                "reranker_active": "off",
                "cross_encoder_reranking": False,
                "webhooks": True,
                "governance": True,
            },
            "models": {"embedding": "none", "cross_encoder": "none", "llm": "none"},
            "permissions": {"mode": ctx.app.config.visibility, "active_rules": 0, "rule_summary": []},
            "hooks": {"subscriptions": True, "auto_export_spawn_failed_total": 0},
            "compaction": {"enabled": False},
            "approval": {"hmac_required": ctx.app.config.require_approval_hmac},
            "transcripts": {"enabled": False},
            "hnsw": {"evictions_total": 0, "evicted_recently": 0},
            "memory_kinds": [
                "observation",
                "reflection",
                "persona",
                "concept",
                "entity",
                "claim",
                "relation",
                "event",
                "conversation",
                "decision",
            ],
            "governance": {
                "agent_action_check": "substrate-authoritative-for-internal-ops",
                "rules_immutable_seed": True,
            },
            "storage_backend": "sqlite",
            "db_schema_version": 0,
            "local_server": implemented_summary(),
        },
    )


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
    return jresp(
        200,
        {
            "session_id": str(uuid.uuid4()),
            "namespace": body.get("namespace"),
            "memories": rows,
            "count": len(rows),
            "agent_id": ctx.caller,
        },
    )


def _words(s: str) -> set[str]:
    return set(re.findall(r"\w+", s.lower()))


def check_duplicate(ctx: Ctx) -> Any:
    body = axum_json(
        ctx,
        {
            "title": ("str", True),
            "content": ("str", True),
            "namespace": ("str", False),
            "threshold": ("float", False),
        },
        "CheckDuplicateBody",
    )
    threshold = body.get("threshold") if body.get("threshold") is not None else 0.85
    if not 0.0 <= threshold <= 1.0:
        raise fail(400, f"threshold must be between 0.0 and 1.0 (got {threshold})")
    want = _words(body["title"] + " " + body["content"])
    rows = ctx.app.store.list_rows({"namespace": body.get("namespace")}, 1000, 0)
    best, best_sim = None, 0.0
    for m in rows:
        got = _words(m["title"] + " " + m["content"])
        sim = len(want & got) / len(want | got) if want | got else 0.0
        if sim > best_sim:
            best, best_sim = m, sim
    nearest = (
        None
        if best is None
        else {
            "id": best["id"],
            "title": best["title"],
            "namespace": best["namespace"],
            "similarity": round(best_sim, 4),
        }
    )
    dup = best is not None and best_sim >= threshold
    return jresp(
        200,
        {
            "is_duplicate": dup,
            "threshold": threshold,
            "nearest": nearest,
            "suggested_merge": best["id"] if dup and best else None,
            "candidates_scanned": len(rows),
        },
    )


def consolidate(ctx: Ctx) -> Any:
    body = axum_json(
        ctx,
        {
            "ids": ("strlist", True),
            "title": ("str", True),
            "summary": ("str", False),
            "namespace": ("str", False),
            "tier": ("enum:short|mid|long", False),
            "agent_id": ("str", False),
            "use_llm": ("bool", False),
        },
        "ConsolidateBody",
    )
    ids = body["ids"]
    if len(ids) < 2:
        raise fail(400, "need at least 2 memory IDs to consolidate")
    if len(ids) > 100:
        raise fail(400, "cannot consolidate more than 100 memories at once")
    if len(set(ids)) != len(ids):
        raise fail(400, f"duplicate memory ID: {next(i for i in ids if ids.count(i) > 1)}")
    _mismatch(ctx, body.get("agent_id"))
    sources = []
    for mid in ids:
        mem = ctx.app.store.get_row(mid)
        if mem is None:
            raise fail(400, f"memory not found: {mid}")  # the daemon answers 400 for a missing source
        if not _identity.can_modify(ctx.app.config, mem["metadata"], ctx.caller):
            raise fail(
                403,
                "caller does not own this memory",
                owner=_identity.owner_of(mem["metadata"]),
                caller=ctx.caller,
            )
        sources.append(mem)
    content = body.get("summary") or "\n\n".join(m["content"] for m in sources)
    mem = build_memory(
        ctx,
        {
            "title": body["title"],
            "content": content,
            "tier": body.get("tier") or "long",
            "namespace": body.get("namespace") or "global",
            "source": "consolidation",
            "tags": sorted({t for m in sources for t in m["tags"]})[:50],
        },
    )
    mem.pop("_on_conflict")
    new_id = _actions.store(ctx.app, mem, "error")
    for m in sources:
        ctx.app.store.delete_row(m["id"])
    ctx.app.dispatcher.dispatch(
        "memory_consolidated",
        new_id,
        mem["namespace"],
        ctx.caller,
        {"source_ids": ids, "source_count": len(ids)},
    )
    return jresp(
        201,
        {
            "id": new_id,
            "consolidated": len(ids),
            "summary": body.get("summary") or content,
            "content": content,
            "memory": {
                "id": new_id,
                "title": mem["title"],
                "content": content,
                "namespace": mem["namespace"],
            },
        },
    )
