"""Service and whole-store admin routes: health, metrics, capabilities, stats, gc, export/import.

Also holds :func:`require_admin`, the admin-role gate (R7 §3.3) shared by every admin-only route.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from . import _identity
from . import _validate as v
from ._config import VERSION
from ._http import Ctx, axum_json, fail, jresp, text


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


def capabilities(ctx: Ctx) -> Any:
    from ._routes_table import implemented_summary

    hybrid = ctx.app.config.embedder == "hash"
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
                "semantic_search": hybrid,
                "hybrid_recall": hybrid,
                "embedder_loaded": hybrid,
                "recall_mode_active": "hybrid" if hybrid else "keyword",
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


def stats(ctx: Ctx) -> Any:
    require_admin(ctx)
    soon = v.fmt_ts(ctx.app.config.now() + timedelta(hours=1))
    return jresp(200, ctx.app.store.stats(soon))


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
        "version": ("int", False),  # models/memory.rs:563 `version: i64` (defaulted)
    }
)

#: ``links?: [MemoryLink]`` of ``ImportBody``: serde rejects a mistyped link (422) before the handler runs.
IMPORT_LINK = {
    "source_id": ("str", True),
    "target_id": ("str", True),
    "relation": (
        "enum:related_to|supersedes|contradicts|derived_from|reflects_on",
        True,
    ),  # MemoryLinkRelation
    "created_at": ("str", True),
    "signature": ("list", False),  # Option<Vec<u8>>
    "observed_by": ("str", False),
    "valid_from": ("str", False),
    "valid_until": ("str", False),
    "attest_level": ("str", False),
}


def _is_byte(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 256


def import_(ctx: Ctx) -> Any:
    from ._http import HttpError, _type_name, shape_error

    body = axum_json(ctx, {"memories": ("list", True), "links": ("list", False)}, "ImportBody")
    for field, items, shape, what in (
        ("memories", body["memories"], IMPORT_MEMORY, "Memory"),
        ("links", body.get("links") or [], IMPORT_LINK, "MemoryLink"),
    ):
        for item in items:
            err = shape_error(item, shape, what)
            signature = item.get("signature") if isinstance(item, dict) else None
            bad = [b for b in signature if not _is_byte(b)] if isinstance(signature, list) else []
            if not err and bad:
                err = f"signature: invalid type: {_type_name(bad[0])}, expected u8"
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
