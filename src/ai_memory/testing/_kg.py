"""Knowledge-graph routes: entities and aliases, link timeline, invalidation (validity windows) and
bounded traversal (``kg/query``) — R7 ``src/handlers/kg.rs``, ``src/storage/mod.rs``
(``entity_register``, ``kg_timeline``, ``invalidate_link``, ``kg_query``)."""

from __future__ import annotations

import json
from typing import Any

from . import _identity
from . import _validate as v
from ._http import Ctx, HttpError, axum_json, fail, jresp, query_parse

KG_QUERY_MAX_DEPTH = 5
_ENTITY = "entity"


def _check(fn: Any, value: Any, what: str) -> None:
    try:
        fn(value)
    except v.Invalid as exc:
        raise fail(400, f"invalid {what}: {exc}") from None


def _ts(value: Any, what: str) -> str | None:
    text = value.strip() if isinstance(value, str) else None
    if not text:
        return None
    if v.parse_ts(text) is None:
        raise fail(400, f"invalid {what}: expires_at is not valid RFC3339: '{text}'")
    return text


def _aliases(ctx: Ctx, entity_id: str) -> list[str]:
    rows = ctx.app.store.q(
        "SELECT alias FROM entity_aliases WHERE entity_id = ? ORDER BY created_at, alias", (entity_id,)
    )
    return [r["alias"] for r in rows]


ENTITY_SPEC = {
    "canonical_name": ("str", True),
    "namespace": ("str", True),
    "aliases": ("strlist", False),
    "metadata": ("any", False),
    "agent_id": ("str", False),
}


def register_entity(ctx: Ctx) -> Any:
    body = axum_json(ctx, ENTITY_SPEC, "EntityRegisterBody")
    name, ns = body["canonical_name"], body["namespace"]
    _check(v.title, name, "canonical_name")
    _check(v.namespace, ns, "namespace")
    agent = (body.get("agent_id") or _identity.agent_id_header(ctx.headers) or "").strip() or None
    if agent is not None:
        _check(v.agent_id, agent, "agent_id")
    store, now = ctx.app.store, ctx.app.store.now()
    with store.tx():
        rows = store.q(
            "SELECT id, COALESCE(json_extract(metadata, '$.kind'), '') AS kind FROM memories "
            "WHERE namespace = ? AND title = ?",
            (ns, name),
        )
        entity = next((r["id"] for r in rows if r["kind"] == _ENTITY), None)
        created = entity is None
        if entity is None and rows:
            raise fail(
                409,
                f"entity_register: title '{name}' in namespace '{ns}' is already used by a non-entity memory",
            )
        if entity is None:
            meta = dict(body["metadata"]) if isinstance(body.get("metadata"), dict) else {}
            meta["kind"] = _ENTITY
            if agent is not None:
                meta.setdefault("agent_id", agent)
            entity = store.new_id()
            store.insert_new(
                {
                    "id": entity,
                    "tier": "long",
                    "namespace": ns,
                    "title": name,
                    "content": name,
                    "tags": [_ENTITY],
                    "priority": 7,
                    "created_at": now,
                    "updated_at": now,
                    "metadata": meta,
                }
            )
        names = [name] + [a.strip() for a in body.get("aliases") or [] if a.strip() and a.strip() != name]
        for alias in names:
            store.x("INSERT OR IGNORE INTO entity_aliases VALUES (?, ?, ?)", (entity, alias, now))
    out = {"entity_id": entity, "canonical_name": name, "namespace": ns, "aliases": _aliases(ctx, entity)}
    return jresp(201 if created else 200, {**out, "created": created})


def entity_by_alias(ctx: Ctx) -> Any:
    q = query_parse(ctx, {"alias": ("str", True), "namespace": ("str", False)})
    alias = q["alias"].strip()
    if not alias:
        raise fail(400, "alias is required")
    ns = q.get("namespace")
    if ns is not None:
        _check(v.namespace, ns, "namespace")
    sql = (
        "SELECT m.id, m.title, m.namespace, m.metadata FROM entity_aliases ea JOIN memories m "
        "ON m.id = ea.entity_id WHERE ea.alias = ? AND COALESCE(json_extract(m.metadata, '$.kind'), '') = ?"
    )
    params: list[Any] = [alias, _ENTITY]
    if ns is not None:
        sql += " AND m.namespace = ?"
        params.append(ns)
    rows = ctx.app.store.q(sql + " ORDER BY m.created_at DESC LIMIT 1", params)
    if rows:
        row = rows[0]
        visible = _identity.is_admin(ctx.app.config, ctx.caller) or _identity.can_read(
            ctx.app.config, json.loads(row["metadata"]), ctx.caller
        )
        if visible:
            return jresp(
                200,
                {
                    "found": True,
                    "entity_id": row["id"],
                    "canonical_name": row["title"],
                    "namespace": row["namespace"],
                    "aliases": _aliases(ctx, row["id"]),
                },
            )
    return jresp(
        200, {"found": False, "entity_id": None, "canonical_name": None, "namespace": None, "aliases": []}
    )


def _owned_source(ctx: Ctx, source_id: str, **missing: str) -> None:
    """The KG gate: a missing source is 404, another agent's (non-target) source 403."""
    mem = ctx.app.store.get_row(source_id)
    if mem is None:
        raise fail(404, "source memory not found", found=False, source_id=source_id, **missing)
    owner = _identity.owner_of(mem["metadata"]) or ""
    target = mem["metadata"].get("target_agent_id")
    if owner and ctx.caller not in (owner, target, "daemon"):
        raise fail(
            403, "caller does not own this source memory", owner=owner, caller=ctx.caller, source_id=source_id
        )


_EVENT_COLS = (
    "ml.target_id, ml.relation, ml.valid_from, ml.valid_until, ml.observed_by, m.title, "
    "m.namespace AS target_namespace"
)


def kg_timeline(ctx: Ctx) -> Any:
    q = query_parse(
        ctx,
        {
            "source_id": ("str", True),
            "since": ("str", False),
            "until": ("str", False),
            "limit": ("uint", False),
        },
    )
    _check(v.memory_id, q["source_id"], "source_id")
    since, until = _ts(q.get("since"), "since"), _ts(q.get("until"), "until")
    _owned_source(ctx, q["source_id"])
    sql = (
        f"SELECT {_EVENT_COLS} FROM memory_links ml JOIN memories m ON m.id = ml.target_id "
        "WHERE ml.source_id = ? AND ml.valid_from IS NOT NULL"
    )
    params: list[Any] = [q["source_id"]]
    for bound, op in ((since, ">="), (until, "<=")):
        if bound is not None:
            sql += f" AND ml.valid_from {op} ?"
            params.append(bound)
    limit = max(1, min(q.get("limit") or 200, 1000))
    rows = ctx.app.store.q(sql + " ORDER BY ml.valid_from ASC, ml.created_at ASC LIMIT ?", (*params, limit))
    events = [dict(r) for r in rows]
    return jresp(200, {"source_id": q["source_id"], "events": events, "count": len(events)})


def _link_triple(src: str, dst: str, rel: str) -> None:
    try:
        v.memory_id(src)
        v.memory_id(dst)
        v.relation(rel)
        if src == dst:
            raise v.Invalid("cannot link a memory to itself")
    except v.Invalid as exc:
        raise fail(400, str(exc)) from None


def kg_invalidate(ctx: Ctx) -> Any:
    spec = {k: ("str", k != "valid_until") for k in ("source_id", "target_id", "relation", "valid_until")}
    body = axum_json(ctx, spec, "KgInvalidateBody")
    src, dst, rel = body["source_id"], body["target_id"], body["relation"]
    _link_triple(src, dst, rel)
    stamp = _ts(body.get("valid_until"), "valid_until")
    _owned_source(ctx, src, target_id=dst, relation=rel)
    store = ctx.app.store
    key = (src, dst, rel)
    with store.tx():
        rows = store.q(
            "SELECT valid_until FROM memory_links WHERE source_id = ? AND target_id = ? AND relation = ?", key
        )
        if not rows:
            raise HttpError(jresp(404, {"found": False, "source_id": src, "target_id": dst, "relation": rel}))
        stamp = stamp or store.now()
        store.x(
            "UPDATE memory_links SET valid_until = ? WHERE source_id = ? AND target_id = ? AND relation = ?",
            (stamp, *key),
        )
    return jresp(
        200,
        {
            "found": True,
            "source_id": src,
            "target_id": dst,
            "relation": rel,
            "valid_until": stamp,
            "previous_valid_until": rows[0]["valid_until"],
        },
    )


KG_QUERY_SPEC = {
    "source_id": ("str", False),
    "from": ("str", False),
    "to": ("str", False),
    "max_depth": ("uint", False),
    "valid_at": ("str", False),
    "allowed_agents": ("strlist", False),
    "limit": ("uint", False),
    "include_invalidated": ("bool", False),
    "rel_types": ("strlist", False),
}


def _traverse(ctx: Ctx, source: str, depth: int, body: dict[str, Any], valid_at: str | None) -> list[Any]:
    hop, binds = "", []
    if valid_at is not None:
        hop += " AND ml.valid_from IS NOT NULL AND ml.valid_from <= ?"
        hop += " AND (ml.valid_until IS NULL OR ml.valid_until > ?)"
        binds += [valid_at, valid_at]
    elif not body.get("include_invalidated"):
        hop += " AND (ml.valid_until IS NULL OR ml.valid_until > ?)"
        binds.append(ctx.app.store.now())
    agents = body.get("allowed_agents")
    if agents is not None:
        hop += f" AND ml.observed_by IN ({','.join('?' * len(agents))})"
        binds += agents
    sql = (
        "WITH RECURSIVE traversal(target_id, relation, valid_from, valid_until, observed_by, "
        "link_created_at, depth, path) AS ("
        "SELECT ml.target_id, ml.relation, ml.valid_from, ml.valid_until, ml.observed_by, ml.created_at, 1, "
        f"json_array(ml.source_id, ml.target_id) FROM memory_links ml WHERE ml.source_id = ?{hop} "
        "UNION ALL SELECT ml.target_id, ml.relation, ml.valid_from, ml.valid_until, ml.observed_by, "
        "ml.created_at, t.depth + 1, "
        "json_insert(t.path, '$[' || json_array_length(t.path) || ']', ml.target_id) "
        "FROM memory_links ml JOIN traversal t ON ml.source_id = t.target_id WHERE t.depth < ? "
        f"AND NOT EXISTS (SELECT 1 FROM json_each(t.path) WHERE value = ml.target_id){hop}) "
        "SELECT t.target_id, t.relation, t.valid_from, t.valid_until, t.observed_by, m.title, "
        "m.namespace AS target_namespace, t.depth, "
        "(SELECT group_concat(value, '->') FROM json_each(t.path)) AS path, m.metadata "
        "FROM traversal t JOIN memories m ON m.id = t.target_id "
        "ORDER BY t.depth ASC, COALESCE(t.valid_from, t.link_created_at) ASC, t.link_created_at ASC LIMIT ?"
    )
    limit = max(1, min(body.get("limit") or 200, 1000))
    return ctx.app.store.q(sql, (source, *binds, depth, *binds, limit))


def kg_query(ctx: Ctx) -> Any:
    body = axum_json(ctx, KG_QUERY_SPEC, "KgQueryBody")
    caller = ctx.caller
    source = body.get("source_id") or body.get("from") or ""
    _check(v.memory_id, source, "source_id")
    depth = 1 if body.get("max_depth") is None else body["max_depth"]
    valid_at = _ts(body.get("valid_at"), "valid_at")
    if body.get("allowed_agents") is not None:
        body["allowed_agents"] = [a.strip() for a in body["allowed_agents"] if a.strip()]
        for agent in body["allowed_agents"]:
            _check(v.agent_id, agent, "allowed_agents entry")
    if depth == 0:
        raise fail(422, "max_depth must be >= 1")
    if depth > KG_QUERY_MAX_DEPTH:
        raise fail(422, f"max_depth={depth} exceeds supported depth={KG_QUERY_MAX_DEPTH}")
    rows = [] if body.get("allowed_agents") == [] else _traverse(ctx, source, depth, body, valid_at)
    rows = [r for r in rows if _identity.can_read(ctx.app.config, json.loads(r["metadata"]), caller)]
    nodes = [{k: r[k] for k in r.keys() if k != "metadata"} for r in rows]  # noqa: SIM118 (sqlite3.Row)
    return jresp(
        200,
        {
            "source_id": source,
            "max_depth": depth,
            "memories": nodes,
            "paths": [n["path"] for n in nodes],
            "count": len(nodes),
        },
    )
