"""Curation routes: check_duplicate (word-set Jaccard similarity) and consolidate."""

from __future__ import annotations

import re
from typing import Any

from . import _actions, _identity
from . import _validate as v
from ._http import Ctx, axum_json, fail, jresp
from ._routes_agents import require_caller
from ._routes_memories import build_memory


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
    # power.rs check_duplicate: title, content, then a non-blank namespace, each a 400 "invalid <field>".
    namespace = (body.get("namespace") or "").strip() or None
    for field, check, value in (
        ("title", v.title, body["title"]),
        ("content", v.content, body["content"]),
        ("namespace", v.namespace, namespace),
    ):
        try:
            if value is not None:
                check(value)
        except v.Invalid as exc:
            raise fail(400, f"invalid {field}: {exc}") from None
    threshold = body.get("threshold") if body.get("threshold") is not None else 0.85
    if not 0.0 <= threshold <= 1.0:
        raise fail(400, f"threshold must be between 0.0 and 1.0 (got {threshold})")
    want = _words(body["title"] + " " + body["content"])
    rows = ctx.app.store.list_rows({"namespace": namespace}, 1000, 0)
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
    require_caller(ctx, body.get("agent_id"))
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
    # Without an LLM the daemon's summary is a deterministic list of the source titles.
    titles = "; ".join(m["title"] for m in sources)
    content = body.get("summary") or f"Consolidated summary of {len(sources)} memories: {titles}"
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
