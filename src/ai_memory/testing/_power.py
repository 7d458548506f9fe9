"""Contradictions, the namespace taxonomy (R7 ``src/handlers/power.rs``,
``src/storage/mod.rs::get_taxonomy``) and the two routes the default daemon build answers 501
(``find_paths``, ``links/verify``: they need ``--features sal``)."""

from __future__ import annotations

from typing import Any

from . import _identity
from . import _validate as v
from ._http import Ctx, HttpError, axum_json, fail, jresp, query_parse, text
from ._routes_admin import require_admin


def contradictions(ctx: Ctx) -> Any:
    q = query_parse(ctx, {"topic": ("str", False), "namespace": ("str", False), "limit": ("uint", False)})
    topic, ns = q.get("topic"), q.get("namespace")
    if topic is None and ns is None:
        raise fail(400, "at least one of `topic` or `namespace` is required")
    if ns is not None:
        try:
            v.namespace(ns)
        except v.Invalid as exc:
            raise fail(400, str(exc)) from None
    limit = min(50 if q.get("limit") is None else q["limit"], v.MAX_BULK_SIZE)
    config, caller = ctx.app.config, ctx.caller
    admin = _identity.is_admin(config, caller)
    rows = ctx.app.store.list_rows({"namespace": ns}, limit, 0)
    found = [
        m
        for m in rows
        if (topic is None or m["metadata"].get("topic") == topic or m["title"] == topic)
        and (admin or _identity.can_read(config, m["metadata"], caller))
    ]
    ids = {m["id"] for m in found}
    existing = sorted(
        {
            (lk["source_id"], lk["target_id"], lk["relation"])
            for mid in ids
            for lk in ctx.app.store.links_of(mid)
            if lk["relation"] == "contradicts" and lk["source_id"] in ids and lk["target_id"] in ids
        }
    )
    links = [{"source_id": s, "target_id": t, "relation": r, "synthesized": False} for s, t, r in existing]
    for i, a in enumerate(found):
        for b in found[i + 1 :]:
            same_topic = topic is not None or a["title"] == b["title"]
            if same_topic and a["content"] != b["content"] and a["id"] != b["id"]:
                links.append(
                    {
                        "source_id": a["id"],
                        "target_id": b["id"],
                        "relation": "contradicts",
                        "synthesized": True,
                    }
                )
    return jresp(200, {"memories": found, "links": links})


def _node(namespace: str, name: str) -> dict[str, Any]:
    return {"namespace": namespace, "name": name, "count": 0, "subtree_count": 0, "children": []}


def taxonomy(ctx: Ctx) -> Any:
    require_admin(ctx)
    q = query_parse(
        ctx,
        {
            "prefix": ("str", False),
            "root": ("str", False),
            "depth": ("uint", False),
            "limit": ("uint", False),
        },
    )
    raw = q.get("prefix") if q.get("prefix") is not None else q.get("root")
    prefix = (raw or "").strip().rstrip("/")
    if prefix:
        try:
            v.namespace(prefix)
        except v.Invalid as exc:
            raise fail(400, f"invalid namespace_prefix: {exc}") from None
    depth = min(v.MAX_NAMESPACE_DEPTH if q.get("depth") is None else q["depth"], v.MAX_NAMESPACE_DEPTH)
    limit = max(1, min(1000 if q.get("limit") is None else q["limit"], 10_000))
    where, params = "(expires_at IS NULL OR expires_at > ?)", [ctx.app.store.now()]
    if prefix:
        where += " AND (namespace = ? OR namespace LIKE ? || '/%')"
        params += [prefix, prefix]
    store = ctx.app.store
    total = store.q(f"SELECT COUNT(*) AS n FROM memories WHERE {where}", params)[0]["n"]
    groups = store.q(
        f"SELECT namespace, COUNT(*) AS n FROM memories WHERE {where} GROUP BY namespace "
        "ORDER BY COUNT(*) DESC, namespace ASC LIMIT ?",
        (*params, limit),
    )
    root = _node(prefix, prefix.rsplit("/", 1)[-1])
    for row in groups:
        ns, count = row["namespace"], row["n"]
        suffix = ns if not prefix else "" if ns == prefix else ns[len(prefix) + 1 :]
        segments = suffix.split("/") if suffix else []
        used = segments[:depth]
        root["subtree_count"] += count
        if not used:
            root["count"] += count
            continue
        node, path = root, prefix
        for i, seg in enumerate(used):
            path = f"{path}/{seg}" if path else seg
            child = next((ch for ch in node["children"] if ch["name"] == seg), None)
            if child is None:
                child = _node(path, seg)
                node["children"].append(child)
            node = child
            node["subtree_count"] += count
            if i + 1 == len(used) and len(used) == len(segments):
                node["count"] += count
    walked = sum(r["n"] for r in groups)
    return jresp(200, {"tree": root, "total_count": total, "truncated": walked < total})


def _id(value: str, what: str) -> None:
    try:
        v.memory_id(value)
    except v.Invalid as exc:
        raise fail(400, f"invalid {what}: {exc}") from None


def find_paths(ctx: Ctx) -> Any:
    """The default build has no ``sal`` feature: validation, then the daemon's 501."""
    spec = {k: ("str", False) for k in ("source_id", "from_id", "target_id", "to_id")}
    body = axum_json(ctx, {**spec, "max_depth": ("uint", False), "max_results": ("uint", False)}, "Body")
    src = body.get("source_id") or body.get("from_id")
    dst = body.get("target_id") or body.get("to_id")
    for key, value in (("source_id", src), ("target_id", dst)):
        if value is None:
            raise HttpError(
                text(422, f"Failed to deserialize the JSON body into the target type: missing field `{key}`")
            )
    _id(src, "source_id")
    _id(dst, "target_id")
    _ = ctx.caller
    raise fail(501, "find_paths requires --features sal")


def verify_link(ctx: Ctx) -> Any:
    spec = {k: ("str", False) for k in ("source_id", "target_id", "link_id", "verification_nonce")}
    body = axum_json(ctx, spec, "VerifyLinkBody")
    if body.get("source_id") is None and body.get("link_id") is None:
        raise fail(400, "verify_link requires either source_id or link_id", fields=["source_id", "link_id"])
    for key in ("source_id", "target_id"):
        if body.get(key) is not None:
            _id(body[key], key)
    raise fail(501, "verify_link requires --features sal")
