"""Links, stats, namespaces (+ standards), gc, export/import, agents, archive, health, metrics."""

from __future__ import annotations

import json
import uuid
from datetime import timedelta
from typing import Any

from . import _identity
from . import _validate as v
from ._config import VERSION
from ._http import Ctx, axum_json, fail, jresp, query_parse, raw_json_value, text

ALLOWED_LINK_FIELDS = ("source_id", "from", "target_id", "to", "relation", "rel_type")
ALLOWED_LINK_RELATIONS = ["related_to", "supersedes", "contradicts", "derived_from", "reflects_on"]


def require_admin(ctx: Ctx) -> None:
    if not _identity.is_admin(ctx.app.config, ctx.caller):
        raise fail(403, "admin role required")


def health(ctx: Ctx) -> Any:
    return jresp(
        200,
        {
            "status": "ok",
            "service": "ai-memory",
            "version": VERSION,
            "embedder_ready": False,
            "federation_enabled": False,
        },
    )


def metrics(ctx: Ctx) -> Any:
    n = ctx.app.store.q("SELECT COUNT(*) AS n FROM memories")[0]["n"]
    body = (
        "# HELP ai_memory_memories Number of memories stored.\n# TYPE ai_memory_memories gauge\n"
        f"ai_memory_memories {n}\n"
    )
    resp = text(200, body)
    resp.headers["content-type"] = "text/plain; version=0.0.4; charset=utf-8"
    return resp


def _link_body(ctx: Ctx) -> tuple[str, str, str | None]:
    raw = raw_json_value(ctx)
    if isinstance(raw, dict):
        unknown = sorted(k for k in raw if k not in ALLOWED_LINK_FIELDS)
        if unknown:
            raise fail(400, "unknown_field", fields=unknown)
    else:
        raise fail(400, "invalid type: expected struct LinkBody")
    for k in ALLOWED_LINK_FIELDS:
        if raw.get(k) is not None and not isinstance(raw[k], str):
            raise fail(400, f"invalid type: {json.dumps(raw[k])}, expected a string")
    src = raw.get("source_id") or raw.get("from") or ""
    dst = raw.get("target_id") or raw.get("to") or ""
    return src, dst, raw.get("relation") or raw.get("rel_type")


def create_link(ctx: Ctx) -> Any:
    src, dst, rel = _link_body(ctx)
    rel = rel or "related_to"
    try:
        v.memory_id(src)
        v.memory_id(dst)
        v.relation(rel)
        if rel not in v.VALID_RELATIONS and not all(c.islower() or c.isdigit() or c == "_" for c in rel):
            raise v.Invalid(
                f"invalid relation '{rel}' — must match [a-z0-9_]+ or be one of: "
                f"{', '.join(v.VALID_RELATIONS)}"
            )
        if src == dst:
            raise v.Invalid("cannot link a memory to itself")
    except v.Invalid as exc:
        raise fail(400, str(exc)) from None
    if rel not in v.VALID_RELATIONS:
        raise fail(400, "invalid_relation", got=rel, allowed=ALLOWED_LINK_RELATIONS)
    store = ctx.app.store
    source = store.get_row(src)
    if source is None:
        raise fail(404, "source memory not found", source_id=src)
    owner = _identity.owner_of(source["metadata"]) or ""
    if (
        ctx.app.config.visibility != "open"
        and owner
        and owner != ctx.caller
        and source["metadata"].get("target_agent_id") != ctx.caller
    ):
        raise fail(403, "caller does not own this source memory", owner=owner, caller=ctx.caller)
    if store.get_row(dst) is None:
        raise fail(404, "target memory not found", target_id=dst)
    store.add_link(src, dst, rel)
    ctx.app.dispatcher.dispatch(
        "memory_link_created", src, source["namespace"], owner or None, {"target_id": dst, "relation": rel}
    )
    return jresp(201, {"linked": True, "attest_level": "unsigned"})


def delete_link(ctx: Ctx) -> Any:
    src, dst, rel = _link_body(ctx)
    source = ctx.app.store.get_row(src)
    if source is not None and not _identity.can_modify(ctx.app.config, source["metadata"], ctx.caller):
        raise fail(
            403,
            "caller does not own this source memory",
            owner=_identity.owner_of(source["metadata"]),
            caller=ctx.caller,
        )
    return jresp(200, {"deleted": ctx.app.store.delete_link(src, dst, rel)})


def get_links(ctx: Ctx) -> Any:
    mid = ctx.params["id"]
    try:
        v.memory_id(mid)
    except v.Invalid as exc:
        raise fail(400, str(exc)) from None
    links = ctx.app.store.links_of(mid)
    if not _identity.is_admin(ctx.app.config, ctx.caller):

        def visible(other: str) -> bool:
            mem = ctx.app.store.get_row(other)
            return mem is None or _identity.can_read(ctx.app.config, mem["metadata"], ctx.caller)

        links = [
            lk for lk in links if visible(lk["target_id"] if lk["source_id"] == mid else lk["source_id"])
        ]
    return jresp(200, {"links": links})


def stats(ctx: Ctx) -> Any:
    require_admin(ctx)
    soon = v.fmt_ts(ctx.app.config.now() + timedelta(hours=1))
    return jresp(200, ctx.app.store.stats(soon))


def namespaces(ctx: Ctx) -> Any:
    q = ctx.query()
    if ctx.method == "GET" and "namespace" not in q:
        require_admin(ctx)
        return jresp(200, {"namespaces": ctx.app.store.namespaces()})
    if ctx.method == "GET":
        std = ctx.app.store.get_standard(q["namespace"])
        return jresp(
            200,
            {
                "namespace": q["namespace"],
                "standard_id": (std or {}).get("standard_id"),
                "parent": (std or {}).get("parent"),
                "governance": (std or {}).get("governance"),
                "found": std is not None,
            },
        )
    if ctx.method == "DELETE":
        if not q.get("namespace"):
            raise fail(400, "namespace is required")
        return jresp(
            200, {"namespace": q["namespace"], "cleared": ctx.app.store.clear_standard(q["namespace"])}
        )
    body = axum_json(
        ctx,
        {
            "namespace": ("str", False),
            "standard": ("any", False),
            "id": ("str", False),
            "parent": ("str", False),
            "governance": ("any", False),
        },
        "SetStandardBody",
    )
    std = body.get("standard") if isinstance(body.get("standard"), dict) else {}
    ns = body.get("namespace") or std.get("namespace")
    if not ns:
        raise fail(400, "namespace is required")
    gov = body.get("governance") or std.get("governance")
    if gov is not None:
        if not isinstance(gov, dict) or "write" not in gov:
            raise fail(400, "invalid governance policy: missing field `write`")
        levels = ("any", "registered", "owner", "approve")
        for key in ("write", "promote", "delete"):
            if key in gov and gov[key] not in levels:
                raise fail(400, f"invalid governance policy: unknown {key} level '{gov[key]}'")
    standard_id = body.get("id") or std.get("id") or ctx.caller
    ctx.app.store.set_standard(ns, standard_id, body.get("parent") or std.get("parent"), gov)
    return jresp(200, {"set": True, "namespace": ns, "standard_id": standard_id, "governance": gov})


def gc(ctx: Ctx) -> Any:
    require_admin(ctx)
    return jresp(200, {"expired_deleted": ctx.app.store.gc()})


def export(ctx: Ctx) -> Any:
    require_admin(ctx)
    mems = ctx.app.store.export_memories()
    return jresp(
        200,
        {
            "memories": mems,
            "links": ctx.app.store.all_links(),
            "count": len(mems),
            "exported_at": ctx.app.store.now(),
        },
    )


IMPORT_MEMORY = {
    k: ("str", True)
    for k in ("id", "tier", "namespace", "title", "content", "source", "created_at", "updated_at")
}
IMPORT_MEMORY.update(
    {
        "tier": ("enum:short|mid|long", True),
        "tags": ("strlist", True),
        "priority": ("int", True),
        "confidence": ("float", True),
        "access_count": ("int", True),
        "metadata": ("any", False),
        "expires_at": ("str", False),
        "last_accessed_at": ("str", False),
    }
)

#: ``links?: [MemoryLink]`` of ``ImportBody``: serde rejects a mistyped link (422) before the handler runs.
IMPORT_LINK = {
    "source_id": ("str", True),
    "target_id": ("str", True),
    "relation": ("str", True),
    "created_at": ("str", True),
    "observed_by": ("str", False),
    "valid_from": ("str", False),
    "valid_until": ("str", False),
}


def import_(ctx: Ctx) -> Any:
    from ._http import HttpError, shape_error

    body = axum_json(ctx, {"memories": ("list", True), "links": ("list", False)}, "ImportBody")
    for field, items, shape, what in (
        ("memories", body["memories"], IMPORT_MEMORY, "Memory"),
        ("links", body.get("links") or [], IMPORT_LINK, "MemoryLink"),
    ):
        for item in items:
            err = shape_error(item, shape, what)
            if err:
                raise HttpError(
                    text(422, f"Failed to deserialize the JSON body into the target type: {field}: {err}")
                )
    require_admin(ctx)
    if len(body["memories"]) > v.MAX_BULK_SIZE:
        raise fail(400, "import limited to 1000 memories")
    imported, errors = 0, []
    for mem in body["memories"]:
        try:
            for check, key in (
                (v.memory_id, "id"),
                (v.title, "title"),
                (v.content, "content"),
                (v.namespace, "namespace"),
                (v.source, "source"),
                (v.tags, "tags"),
                (v.priority, "priority"),
                (v.confidence, "confidence"),
            ):
                check(mem[key])
            if mem["access_count"] < 0:
                raise v.Invalid("access_count cannot be negative")
        except v.Invalid:
            errors.append("validation failed")
            continue
        meta = dict(mem.get("metadata") or {})
        if meta.get("agent_id") and meta["agent_id"] != ctx.caller:
            meta["imported_from_agent_id"] = meta["agent_id"]
        meta["agent_id"] = ctx.caller
        row = {**mem, "metadata": meta}
        with ctx.app.store.tx():
            ctx.app.store.x("DELETE FROM memories WHERE id = ?", (mem["id"],))
            ctx.app.store.upsert(row)
        imported += 1
    for link in body.get("links") or []:
        try:
            if (
                isinstance(link, dict)
                and link["source_id"] != link["target_id"]
                and link.get("relation", "related_to") in v.VALID_RELATIONS
            ):
                ctx.app.store.add_link(
                    link["source_id"], link["target_id"], link.get("relation", "related_to")
                )
        except (KeyError, TypeError):
            continue
    return jresp(200, {"imported": imported, "errors": errors})


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


def archive(ctx: Ctx) -> Any:
    store = ctx.app.store
    if ctx.method == "GET":
        require_admin(ctx)
        q = query_parse(
            ctx, {"namespace": ("str", False), "limit": ("uint", False), "offset": ("uint", False)}
        )
        rows = store.archived(
            q.get("namespace"), max(1, min(q.get("limit") or 50, 1000)), q.get("offset") or 0
        )
        return jresp(200, {"archived": rows, "count": len(rows)})
    if ctx.method == "DELETE":
        q = query_parse(ctx, {"older_than_days": ("uint", False)})
        try:
            cutoff = v.fmt_ts(ctx.app.config.now() - timedelta(days=q.get("older_than_days") or 0))
        except OverflowError:  # a cutoff before year 1: nothing was archived that long ago
            cutoff = None
        n = store.x("DELETE FROM archived_memories WHERE archived_at <= ?", (cutoff,)) if cutoff else 0
        owner = "admin" if _identity.is_admin(ctx.app.config, ctx.caller) else "caller"
        return jresp(200, {"purged": n, "owner_scope": owner})
    body = axum_json(ctx, {"ids": ("strlist", True), "reason": ("str", False)}, "ArchiveBody")
    if len(body["ids"]) > v.MAX_BULK_SIZE:
        raise fail(400, "archive limited to 1000 ids")
    reason = body.get("reason") or "archive"
    done, missing = [], []
    for mid in body["ids"]:
        mem = store.get_row(mid)
        if mem is None or not _identity.can_modify(ctx.app.config, mem["metadata"], ctx.caller):
            missing.append(mid)
            continue
        store.archive(mem, reason)
        done.append(mid)
    return jresp(200, {"archived": done, "missing": missing, "count": len(done), "reason": reason})


def archive_restore(ctx: Ctx) -> Any:
    if not ctx.app.store.restore(ctx.params["id"]):
        raise fail(404, "not found in archive")
    return jresp(200, {"restored": True, "id": ctx.params["id"]})


def archive_stats(ctx: Ctx) -> Any:
    require_admin(ctx)
    return jresp(200, ctx.app.store.archive_stats())
