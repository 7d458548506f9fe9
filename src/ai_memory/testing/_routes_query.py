"""Read routes: list, search, recall (write-coupled touch), forget, lineage."""

from __future__ import annotations

from typing import Any

from . import _embed, _identity
from . import _validate as v
from ._http import Ctx, axum_json, fail, jresp, query_parse
from ._routes_memories import FORGET_SPEC, LIST_SPEC, RECALL_SPEC, SEARCH_SPEC, load


def _filters(q: dict[str, Any]) -> dict[str, Any]:
    return {k: q.get(k) for k in ("namespace", "tier", "min_priority", "since", "until", "tags", "agent_id")}


def _limit(q: dict[str, Any], default: int, cap: int) -> int:
    n = q.get("limit")
    return default if n is None else min(int(n), cap)


def list_memories(ctx: Ctx) -> Any:
    q = query_parse(ctx, LIST_SPEC)
    if q.get("agent_id") is not None:
        try:
            v.agent_id(q["agent_id"])
        except v.Invalid as exc:
            raise fail(400, f"invalid agent_id filter: {exc}") from None
    caller = ctx.caller  # resolved (400 on an invalid X-Agent-Id) before the query, as the daemon does
    rows = ctx.app.store.list_rows(_filters(q), _limit(q, 20, v.MAX_BULK_SIZE), q.get("offset") or 0)
    rows = [m for m in rows if _identity.can_read(ctx.app.config, m["metadata"], caller)]
    return jresp(200, {"memories": rows, "count": len(rows)})


def _as_agent(ctx: Ctx, raw: str | None) -> str:
    if raw is None:
        return ctx.caller
    try:
        v.namespace(raw)
    except v.Invalid as exc:
        raise fail(400, f"invalid as_agent: {exc}") from None
    return raw


def search(ctx: Ctx) -> Any:
    q = query_parse(ctx, SEARCH_SPEC)
    text = (q.get("q") or "").strip()
    if not text:
        raise fail(400, "query or source_uri is required")
    as_agent = _as_agent(ctx, q.get("as_agent"))
    rows = ctx.app.store.search(text, _filters(q), _limit(q, 20, v.MAX_BULK_SIZE), as_agent, ctx.caller)
    return jresp(200, {"results": rows, "count": len(rows), "query": q["q"]})


def _tokens(mem: dict[str, Any]) -> int:
    return len(mem["content"].encode()) // 4


def recall(ctx: Ctx) -> Any:
    q = axum_json(ctx, RECALL_SPEC, "RecallBody") if ctx.method == "POST" else query_parse(ctx, RECALL_SPEC)
    context = next((q[k].strip() for k in ("context", "query", "q") if (q.get(k) or "").strip()), "")
    if not context:
        raise fail(400, "context (or query) is required")
    if q.get("as_agent") is not None:
        as_agent = _as_agent(ctx, q["as_agent"])
        if as_agent != ctx.caller:
            raise fail(
                403,
                f"agent_id_query_header_mismatch: as_agent '{as_agent}' does not match "
                f"X-Agent-Id '{ctx.caller}'",
            )
    else:
        as_agent = ctx.caller
    limit = q.get("limit")
    limit = 10 if limit is None or limit <= 0 else min(limit, 50)
    f = _filters(q)
    f["tags"] = None
    if q.get("tags"):
        f["tags_any"] = [t.strip() for t in q["tags"].split(",") if t.strip()]
    scored = ctx.app.store.recall(context, f, limit, as_agent, ctx.caller)
    mode = "keyword"
    if ctx.app.config.embedder == "hash":
        scored, mode = _embed.hybrid(context, scored), "hybrid"
    budget = q.get("budget_tokens")
    out: list[dict[str, Any]] = []
    used, overflow = 0, False
    for mem, score in scored:
        cost = _tokens(mem)
        if budget is not None and used + cost > budget:
            if not out and budget > 0:
                used += cost
                out.append({**mem, "score": round(score, 3)})
                overflow = True
            break
        used += cost
        out.append({**mem, "score": round(score, 3)})
    ctx.app.store.touch_many([m["id"] for m in out])
    body: dict[str, Any] = {"memories": out, "count": len(out), "tokens_used": used, "mode": mode}
    if budget is not None:
        body["budget_tokens"] = budget
        body["meta"] = {
            "budget_tokens_used": used,
            "budget_tokens_remaining": max(budget - used, 0),
            "memories_dropped": len(scored) - len(out),
            "budget_overflow": overflow,
        }
    return jresp(200, body)


def forget(ctx: Ctx) -> Any:
    body = axum_json(ctx, FORGET_SPEC, "ForgetQuery")
    if not _identity.is_admin(ctx.app.config, ctx.caller):
        raise fail(403, "admin role required")
    ns, pattern, tier = body.get("namespace"), body.get("pattern"), body.get("tier")
    if ns is None and pattern is None and tier is None:
        raise fail(400, "at least one of namespace, pattern, or tier is required")
    return jresp(200, {"deleted": ctx.app.store.forget(ns, pattern, tier)})


def lineage(ctx: Ctx) -> Any:
    q = query_parse(ctx, {"direction": ("enum:ancestors|descendants", False), "max_depth": ("uint", False)})
    mem = load(ctx, for_read=True)
    direction = q.get("direction") or "ancestors"
    depth = max(1, min(q.get("max_depth") or 5, 5))
    nodes = ctx.app.store.lineage(mem["id"], direction, depth)
    return jresp(200, {"id": mem["id"], "direction": direction, "nodes": nodes, "count": len(nodes)})
