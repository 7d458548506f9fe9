"""MCP-parity routes over the store: tool catalogue, families and smart load, share, quotas,
subscription replay and dead letters, confidence calibration (R7 ``src/handlers/admin.rs``,
``src/handlers/route_1111.rs`` → ``src/mcp/tools/*.rs``). A tool's refusal is 400 ``{"error"}``."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from . import _identity
from . import _validate as v
from ._http import Ctx, axum_json, fail, jresp, raw_json_value
from ._memories import Ambiguous

#: The daemon's tool-catalogue version tag (v0.7.0).
TOOLS_VERSION = "2026-05-06"
FAMILIES = ("core", "lifecycle", "graph", "governance", "power", "meta", "archive", "other")


def tool_body(ctx: Ctx) -> dict[str, Any]:
    """``Json<serde_json::Value>`` handed to an MCP tool: a non-object has no fields."""
    body = raw_json_value(ctx)
    return body if isinstance(body, dict) else {}


def tool_caller(ctx: Ctx, body: dict[str, Any]) -> str:
    """``resolve_caller_agent_id(body.agent_id, headers)`` of the routes that read a body ``agent_id``
    (``src/handlers/route_1111.rs``): an invalid ``X-Agent-Id`` or a mismatching claim is a 400."""
    try:
        return _identity.resolve_claimed(_identity.agent_id_header(ctx.headers), body.get("agent_id"))
    except _identity.IdentityError as exc:
        raise fail(400, str(exc)) from None


def tool_str(body: dict[str, Any], key: str, *, message: str | None = None) -> str:
    value = body.get(key)
    if not isinstance(value, str):
        raise fail(400, message or f"{key} is required")
    return value


def as_u64(value: Any) -> int | None:
    """``serde_json::Value::as_u64``: a JSON integer in 0..2**64, else ``None``."""
    ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**64
    return value if ok else None


def as_i64(value: Any) -> int | None:
    """``serde_json::Value::as_i64``: a JSON integer in the i64 range, else ``None``."""
    ok = isinstance(value, int) and not isinstance(value, bool) and -(2**63) <= value < 2**63
    return value if ok else None


def tools_list(ctx: Ctx) -> Any:
    """The MCP tool definitions: one per served ``memory_*`` parity route (name, description)."""
    from ._routes_table import spec_operations

    tools = [
        {"name": op.name, "description": f"{op.method} {op.path}", "inputSchema": {"type": "object"}}
        for op in spec_operations()
        if op.served and op.name.startswith("memory_")
    ]
    return jresp(200, {"toolsVersion": TOOLS_VERSION, "tools": tools})


def _family_rows(ctx: Ctx, family: str, namespace: str | None, k: int) -> list[dict[str, Any]]:
    f = {"namespace": namespace}
    rows = ctx.app.store.list_rows(f, v.MAX_BULK_SIZE, 0)
    return [m for m in rows if m["metadata"].get("family") == family][:k]


def _load_family(ctx: Ctx, body: dict[str, Any]) -> dict[str, Any]:
    family = tool_str(body, "family")
    if any(c.isupper() for c in family):
        raise fail(400, f"family name must be lowercase: {family}")
    if family not in FAMILIES:
        raise fail(400, f"unknown family: {family}")
    ns = body.get("namespace") if isinstance(body.get("namespace"), str) else None
    if ns is not None:
        try:
            v.namespace(ns)
        except v.Invalid as exc:
            raise fail(400, str(exc)) from None
    k_raw = as_u64(body.get("k"))
    k = max(1, min(20 if k_raw is None else k_raw, 100))
    memories = _family_rows(ctx, family, ns, k)
    return {"family": family, "namespace": ns, "k": k, "count": len(memories), "memories": memories}


def load_family(ctx: Ctx) -> Any:
    return jresp(
        200,
        _load_family(
            ctx,
            axum_json(
                ctx, {"family": ("str", True), "namespace": ("str", False), "k": ("uint", False)}, "Body"
            ),
        ),
    )


def smart_load(ctx: Ctx) -> Any:
    """Without an embedder the daemon routes the intent to a family by keywords (core fallback)."""
    body = tool_body(ctx)
    intent = tool_str(body, "intent").strip()
    tokens = {t.lower() for t in re.split(r"[^A-Za-z0-9]+", intent) if t}
    hits = {fam: len(tokens & {fam}) for fam in FAMILIES}
    best = max(FAMILIES, key=lambda fam: hits[fam])
    family, score, source = (best, 1.0, "keyword") if hits[best] else ("core", 0.0, "fallback")
    inner = _load_family(ctx, {**body, "family": family})
    return jresp(
        200,
        {
            "chosen_family": family,
            "score": score,
            "chosen_family_source": source,
            "intent": intent,
            **{k: inner[k] for k in ("namespace", "k", "count", "memories")},
        },
    )


def share(ctx: Ctx) -> Any:
    """Copy a memory into ``_shared/<from>→<to>/`` with provenance (R7 ``src/mcp/tools/share.rs``);
    no visibility check on the source, a missing one is 400."""
    body = axum_json(ctx, {"source_memory_id": ("str", True), "target_agent_id": ("str", True)}, "ShareBody")
    src, target = body["source_memory_id"], body["target_agent_id"]
    try:
        v.memory_id(src)
        v.agent_id(target)
    except v.Invalid as exc:
        raise fail(400, str(exc)) from None
    store = ctx.app.store
    try:
        found = store.resolve_id(src)
    except Ambiguous as exc:
        raise fail(400, str(exc)) from None
    mem = store.get_row(found) if found else None
    if mem is None:
        raise fail(400, f"source memory {src} not found")
    sender = (
        mem["metadata"].get("agent_id") if isinstance(mem["metadata"].get("agent_id"), str) else "unknown"
    )
    ns, now = f"_shared/{sender}\u2192{target}/", store.now()
    meta = {**mem["metadata"], "shared_from_memory_id": mem["id"], "shared_from_agent_id": sender}
    meta |= {"shared_to_agent_id": target, "shared_at": now, "agent_id": target}
    copy = {**mem, "id": store.new_id(), "namespace": ns, "source": "shared", "access_count": 0}
    copy |= {"created_at": now, "updated_at": now, "last_accessed_at": None, "expires_at": None}
    shared_id = store.upsert(copy | {"metadata": meta, "version": 1})
    return jresp(
        200,
        {"shared_memory_id": shared_id, "source_memory_id": src, "target_namespace": ns}
        | {"target_agent_id": target, "from_agent_id": sender},
    )


def _quota_row(ctx: Ctx, agent: str, namespace: str | None) -> dict[str, Any]:
    now = ctx.app.store.now()
    day = now[:10]
    where, params = "json_extract(metadata, '$.agent_id') = ?", [agent]
    if namespace is not None:
        where += " AND namespace = ?"
        params.append(namespace)
    row = ctx.app.store.q(
        f"SELECT COUNT(*) AS total, COALESCE(SUM(length(CAST(content AS BLOB))), 0) AS bytes, "
        "SUM(CASE WHEN substr(created_at, 1, 10) = ? THEN 1 ELSE 0 END) AS today "
        f"FROM memories WHERE {where}",
        (day, *params),
    )[0]
    return {
        "agent_id": agent,
        "namespace": namespace or "_global",
        "max_memories_per_day": 1000,
        "max_storage_bytes": 100 * 1024 * 1024,
        "max_links_per_day": 5000,
        "current_memories_today": row["today"] or 0,
        "current_storage_bytes": row["bytes"],
        "current_links_today": 0,
        "day_started_at": day,
        "created_at": now,
        "updated_at": now,
    }


def quota_status(ctx: Ctx) -> Any:
    body = axum_json(ctx, {"agent_id": ("str", False), "namespace": ("str", False)}, "QuotaStatusBody")
    caller = ctx.caller
    agent = body.get("agent_id")
    if agent is not None:
        try:
            v.agent_id(agent)
        except v.Invalid as exc:
            raise fail(400, f"invalid agent_id: {exc}") from None
        if agent != caller:
            raise fail(403, "agent_id body parameter does not match authenticated caller")
        return jresp(200, _quota_row(ctx, agent, body.get("namespace")))
    from ._routes_admin import require_admin

    require_admin(ctx)
    agents = ctx.app.store.q(
        "SELECT DISTINCT json_extract(metadata, '$.agent_id') AS a FROM memories "
        "WHERE a IS NOT NULL ORDER BY a"
    )
    rows = [_quota_row(ctx, r["a"], body.get("namespace")) for r in agents]
    return jresp(200, {"quotas": rows, "count": len(rows)})


def subscription_replay(ctx: Ctx) -> Any:
    """The MCP tool resolves its caller as ``ai:<id>@<host>:pid-<pid>``, never the raw X-Agent-Id an
    HTTP subscription was created with: over HTTP it finds no subscription of the caller's."""
    body = tool_body(ctx)
    tool_caller(ctx, body)
    sid, since = (
        tool_str(body, "subscription_id"),
        tool_str(body, "since", message="since is required (RFC3339)"),
    )
    return jresp(200, {"subscription_id": sid, "since": since, "count": 0, "events": []})


def subscription_dlq_list(ctx: Ctx) -> Any:
    """As :func:`subscription_replay`: the HTTP caller owns no subscription, so no dead letters."""
    body = tool_body(ctx)
    tool_caller(ctx, body)
    raw = as_u64(body.get("limit"))
    limit = max(1, min(100 if raw is None else raw, 1000))
    sid = body["subscription_id"] if isinstance(body.get("subscription_id"), str) else None
    return jresp(200, {"count": 0, "subscription_id": sid, "limit": limit, "entries": []})


def calibrate_confidence(ctx: Ctx) -> Any:
    """Shadow observations are recorded only with ``AI_MEMORY_CONFIDENCE_SHADOW=1`` (off by default):
    the report of a default daemon has none."""
    body = tool_body(ctx)
    days = as_i64(body.get("days"))
    days = 30 if days is None else days
    if days <= 0:
        raise fail(400, "days must be a positive integer")
    return jresp(200, {"report": {"window_days": days, "total_observations": 0, "baselines": []}})


PARITY: dict[str, Callable[[Any], Any]] = {
    "memory_smart_load": smart_load,
    "memory_subscription_replay": subscription_replay,
    "memory_subscription_dlq_list": subscription_dlq_list,
    "memory_calibrate_confidence": calibrate_confidence,
}
