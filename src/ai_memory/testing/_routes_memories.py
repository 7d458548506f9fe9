"""Memory routes: create, bulk, get, update, delete, promote, list, search, recall, forget, lineage."""

from __future__ import annotations

import re
import uuid
from datetime import timedelta
from typing import Any

from . import _actions, _governance, _identity
from . import _validate as v
from ._http import Ctx, HttpError, axum_json, fail, jresp, json_or_bad_request
from ._store import Ambiguous

TIER = "enum:short|mid|long"
CREATE_SPEC = {
    "title": ("str", True),
    "content": ("str", True),
    "tier": (TIER, False),
    "namespace": ("str", False),
    "tags": ("strlist", False),
    "priority": ("int", False),
    "confidence": ("float", False),
    "source": ("str", False),
    "expires_at": ("str", False),
    "ttl_secs": ("int", False),
    "metadata": ("any", False),
    "agent_id": ("str", False),
    "scope": ("str", False),
    "on_conflict": ("str", False),
    "force": ("bool", False),
    "detect_conflicts": ("bool", False),
    "kind": ("str", False),
    "source_uri": ("str", False),
    "created_at": ("str", False),
}
UPDATE_SPEC = {
    "title": ("str", False),
    "content": ("str", False),
    "tier": (TIER, False),
    "namespace": ("str", False),
    "tags": ("strlist", False),
    "priority": ("int", False),
    "confidence": ("float", False),
    "expires_at": ("str", False),
    "metadata": ("any", False),
    "source_uri": ("str", False),
    "agent_id": ("str", False),
}
LIST_SPEC = {
    "namespace": ("str", False),
    "tier": (TIER, False),
    "limit": ("uint", False),
    "offset": ("uint", False),
    "min_priority": ("int", False),
    "since": ("str", False),
    "until": ("str", False),
    "tags": ("str", False),
    "agent_id": ("str", False),
}
SEARCH_SPEC = {**LIST_SPEC, "q": ("str", False), "as_agent": ("str", False), "source_uri": ("str", False)}
RECALL_SPEC = {
    "context": ("str", False),
    "query": ("str", False),
    "q": ("str", False),
    "namespace": ("str", False),
    "limit": ("int", False),
    "tags": ("str", False),
    "since": ("str", False),
    "until": ("str", False),
    "as_agent": ("str", False),
    "budget_tokens": ("uint", False),
    "session_id": ("str", False),
    "include_archived": ("bool", False),
    "format": ("str", False),
    "session_default": ("bool", False),
    "has_citations": ("bool", False),
    "source_uri_prefix": ("str", False),
    "kinds": ("any", False),  # RecallBody: a string or an array (serde_json::Value)
    "confidence_tier": ("str", False),
    "verbose_provenance": ("bool", False),
}
FORGET_SPEC = {"namespace": ("str", False), "pattern": ("str", False), "tier": (TIER, False)}


def bad(exc: Exception) -> HttpError:
    return fail(400, str(exc))


def build_memory(ctx: Ctx, body: dict[str, Any]) -> dict[str, Any]:
    """Validate a ``CreateMemory`` (R7 order) and build the row to store, stamped with the caller."""
    app, caller = ctx.app, ctx.caller
    claimed = body.get("agent_id")
    if claimed is not None and claimed != caller:
        raise fail(403, "agent_id body parameter does not match authenticated caller")
    meta = body.get("metadata")
    meta = {} if meta is None else meta
    now_dt = app.config.now()
    tier = body.get("tier") or "mid"
    try:
        v.title(body["title"])
        v.content(body["content"])
        v.namespace(body.get("namespace") or "global")
        v.source(body.get("source") or "api")
        v.tags(body.get("tags") or [])
        v.priority(body.get("priority", 5) if body.get("priority") is not None else 5)
        v.confidence(float(body["confidence"]) if body.get("confidence") is not None else 1.0)
        v.expires_at(body.get("expires_at"), now_dt)
        v.ttl_secs(body.get("ttl_secs"))
        v.metadata(meta)
        if body.get("scope") is not None:
            v.scope(body["scope"])
    except v.Invalid as exc:
        raise bad(exc) from None
    if isinstance(meta.get("agent_id"), str) and meta["agent_id"] != caller:
        raise fail(403, "metadata.agent_id does not match authenticated caller")
    oc = body.get("on_conflict") or "error"
    if oc not in ("error", "merge", "version"):
        raise fail(400, f"invalid on_conflict '{oc}' (expected error|merge|version)")
    meta = {**meta, "agent_id": caller}
    if body.get("scope") is not None:
        meta["scope"] = body["scope"]
    if body.get("expires_at"):
        expires: str | None = v.norm_ts(body["expires_at"])
    elif body.get("ttl_secs"):
        expires = v.fmt_ts(now_dt + timedelta(seconds=body["ttl_secs"]))
    else:
        ttl = {"short": app.config.short_ttl_secs, "mid": app.config.mid_ttl_secs}.get(tier)
        expires = v.fmt_ts(now_dt + timedelta(seconds=ttl)) if ttl else None
    now = v.fmt_ts(now_dt)
    return {
        "id": str(uuid.uuid4()),
        "tier": tier,
        "namespace": body.get("namespace") or "global",
        "title": body["title"].strip(),
        "content": body["content"],
        "tags": body.get("tags") or [],
        "priority": body["priority"] if body.get("priority") is not None else 5,
        "confidence": float(body["confidence"]) if body.get("confidence") is not None else 1.0,
        "source": body.get("source") or "api",
        "access_count": 0,
        "created_at": now,
        "updated_at": now,
        "expires_at": expires,
        "metadata": meta,
        "memory_kind": body.get("kind") or "observation",
        "_on_conflict": oc,
    }


def create(ctx: Ctx) -> Any:
    body = json_or_bad_request(ctx, CREATE_SPEC, "CreateMemory")
    mem = build_memory(ctx, body)
    oc = mem.pop("_on_conflict")
    _governance.check(
        ctx.app, "store", mem["namespace"], ctx.caller, None, {"memory": mem, "on_conflict": oc}
    )
    mid = _actions.store(ctx.app, mem, oc)
    stored = ctx.app.store.get_row(mid) or mem
    return jresp(
        201,
        {
            "id": mid,
            "tier": stored["tier"],
            "namespace": stored["namespace"],
            "title": stored["title"],
            "agent_id": ctx.caller,
        },
    )


def bulk(ctx: Ctx) -> Any:
    items = axum_json(ctx, CREATE_SPEC, "CreateMemory", array_of=True)
    if len(items) > v.MAX_BULK_SIZE:
        raise fail(400, "bulk operations limited to 1000 items")
    created, errors = 0, []
    for item in items:
        try:
            mem = build_memory(ctx, item)
        except HttpError as exc:
            errors.append("forbidden" if exc.response.status_code == 403 else "validation failed")
            continue
        mem.pop("_on_conflict")
        mid = ctx.app.store.upsert(mem)
        ctx.app.dispatcher.dispatch("memory_store", mid, mem["namespace"], ctx.caller)
        created += 1
    return jresp(200, {"created": created, "errors": errors})


def load(ctx: Ctx, *, for_read: bool = False) -> dict[str, Any]:
    """Resolve ``{id}`` (validate_id, exact or unique prefix); 400/404 as the daemon."""
    raw = ctx.params["id"]
    try:
        v.memory_id(raw)
        mid = ctx.app.store.resolve_id(raw)
    except (v.Invalid, Ambiguous) as exc:
        raise bad(exc) from None
    mem = ctx.app.store.get_row(mid) if mid else None
    if mem is None or (for_read and not _identity.can_read(ctx.app.config, mem["metadata"], ctx.caller)):
        raise fail(404, "not found")
    return mem


def owned(ctx: Ctx, mem: dict[str, Any], *, delete: bool = False) -> None:
    if not _identity.can_modify(ctx.app.config, mem["metadata"], ctx.caller, delete=delete):
        raise fail(
            403,
            "caller does not own this memory",
            owner=_identity.owner_of(mem["metadata"]),
            caller=ctx.caller,
        )


def get(ctx: Ctx) -> Any:
    mem = load(ctx, for_read=True)
    return jresp(200, {"memory": mem, "links": ctx.app.store.links_of(mem["id"])})


def update(ctx: Ctx) -> Any:
    body = axum_json(ctx, UPDATE_SPEC, "UpdateMemory")
    mem = load(ctx)
    if body.get("agent_id") is not None and body["agent_id"] != ctx.caller:
        raise fail(403, "agent_id mismatch", message="body.agent_id must match the X-Agent-Id header")
    owned(ctx, mem)
    # `If-Match: <i64>` (bare or quoted) gates the update; an unparseable value is ignored (the
    # daemon's last-write-wins), a mismatch answers 409 with both versions as integers.
    if_match = (ctx.headers.get("if-match") or "").strip().strip('"')
    parsed = int(if_match) if re.fullmatch(r"[+-]?[0-9]+", if_match) else None
    if parsed is not None and -(2**63) <= parsed < 2**63 and parsed != mem["version"]:
        expected, current = parsed, mem["version"]
        message = f"CONFLICT: memory {mem['id']} expected_version={expected} but stored version={current}"
        raise HttpError(
            jresp(
                409,
                {
                    "status": "conflict",
                    "id": mem["id"],
                    "expected_version": expected,
                    "current_version": current,
                    "error": message,
                },
            )
        )
    fields: dict[str, Any] = {}
    try:
        for key, check in (
            ("title", v.title),
            ("content", v.content),
            ("namespace", v.namespace),
            ("tags", v.tags),
            ("priority", v.priority),
            ("confidence", v.confidence),
            ("metadata", v.metadata),
        ):
            if body.get(key) is not None:
                check(body[key])
                fields[key] = body[key]
        if body.get("expires_at") is not None:
            v.expires_at(body["expires_at"], ctx.app.config.now(), allow_past=True)
            fields["expires_at"] = v.norm_ts(body["expires_at"])
    except v.Invalid as exc:
        raise bad(exc) from None
    if "title" in fields:
        fields["title"] = fields["title"].strip()
    if body.get("tier") is not None:
        fields["tier"] = body["tier"]
        if body["tier"] == "long" and "expires_at" not in fields:
            fields["expires_at"] = None
    if "metadata" in fields:  # metadata.agent_id is immutable
        fields["metadata"] = {**fields["metadata"]}
        if "agent_id" in mem["metadata"]:
            fields["metadata"]["agent_id"] = mem["metadata"]["agent_id"]
        else:
            fields["metadata"].pop("agent_id", None)
    title, ns = fields.get("title", mem["title"]), fields.get("namespace", mem["namespace"])
    clash = ctx.app.store.find_by_title(title, ns)
    if clash is not None and clash["id"] != mem["id"]:
        raise _actions.conflict(title, ns, clash["id"])
    fields["updated_at"] = ctx.app.store.now()
    ctx.app.store.update_fields(mem["id"], fields)
    return jresp(200, ctx.app.store.get_row(mem["id"]))


def delete(ctx: Ctx) -> Any:
    mem = load(ctx)
    owned(ctx, mem, delete=True)
    _governance.check(ctx.app, "delete", mem["namespace"], ctx.caller, mem["id"], {})
    _actions.delete(ctx.app, mem)
    return jresp(200, {"deleted": True})


def promote(ctx: Ctx) -> Any:
    mem = load(ctx)
    owned(ctx, mem)
    _governance.check(ctx.app, "promote", mem["namespace"], ctx.caller, mem["id"], {})
    _actions.promote(ctx.app, mem)
    return jresp(200, {"promoted": True, "id": mem["id"], "tier": "long"})
