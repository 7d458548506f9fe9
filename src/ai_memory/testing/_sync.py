"""Federation routes as a single-node daemon answers them (R7 ``src/handlers/federation_*.rs``):
``sync/since`` refuses rows to a peer without a scope allowlist (the default: an empty page), and
``sync/push`` — from a peer whose ``X-Peer-Id`` is its ``sender_agent_id`` — applies the peer's
memories (newer ``updated_at`` wins), deletions and links."""

from __future__ import annotations

from typing import Any

from . import _validate as v
from ._http import Ctx, fail, jresp, query_parse, serde_loads, shape_error
from ._routes_admin import IMPORT_MEMORY

_LISTS = (
    "memories",
    "deletions",
    "archives",
    "restores",
    "links",
    "pendings",
    "pending_decisions",
    "namespace_meta",
    "namespace_meta_clears",
)


def since(ctx: Ctx) -> Any:
    q = query_parse(ctx, {"since": ("str", False), "limit": ("uint", False), "peer": ("str", False)})
    stamp = q.get("since")
    if stamp and v.parse_ts(stamp) is None:
        raise fail(400, "invalid `since` parameter — expected RFC 3339 timestamp")
    limit = min(500 if q.get("limit") is None else q["limit"], 10_000)
    return jresp(
        200,
        {
            "count": 0,
            "limit": limit,
            "updated_since": stamp,
            "earliest_updated_at": None,
            "latest_updated_at": None,
            "memories": [],
            "excluded_for_scope": 0,
            "excluded_for_scope_private": 0,
            "scope_status": "no_allowlist_default_deny",
        },
    )


def _body(ctx: Ctx) -> dict[str, Any]:
    try:
        body = serde_loads(ctx.body)
        if not isinstance(body, dict):
            raise ValueError("invalid type: expected struct SyncPushBody")
        for key in ("sender_agent_id", "memories"):
            if key not in body:
                raise ValueError(f"missing field `{key}`")
        if not isinstance(body["sender_agent_id"], str):
            raise ValueError("sender_agent_id: invalid type, expected a string")
        for key in _LISTS:
            if not isinstance(body.setdefault(key, []), list):
                raise ValueError(f"{key}: invalid type, expected a sequence")
        for i, mem in enumerate(body["memories"]):
            err = shape_error(mem, IMPORT_MEMORY, "Memory")
            if err:
                raise ValueError(f"memories[{i}]: {err}")
    except (ValueError, UnicodeDecodeError) as exc:
        raise fail(400, f"malformed sync_push body: {exc}") from None
    return body


def _apply_memory(ctx: Ctx, mem: Any) -> str:
    """``applied`` / ``noop`` / ``skipped`` for one pushed memory."""
    try:
        v.memory_id(mem["id"])
        v.title(mem["title"])
        v.content(mem["content"])
        v.namespace(mem["namespace"])
        v.tags(mem["tags"])
        v.priority(mem["priority"])
        v.confidence(mem["confidence"])
    except v.Invalid:
        return "skipped"
    store = ctx.app.store
    existing = store.get_row(mem["id"])
    if existing is not None and existing["updated_at"] >= mem["updated_at"]:
        return "noop"
    row = {**(existing or {}), **mem, "created_at": mem.get("created_at") or mem["updated_at"]}
    if existing is not None:
        store.delete_row(mem["id"])
    clash = store.find_by_title(row["title"], row["namespace"])
    if clash is not None:
        return "skipped"
    store.insert_new(row)
    return "applied"


_ATTEST_NOTE = (
    "set AI_MEMORY_FED_TRUST_BODY_AGENT_ID=1 to opt out (legacy peers); "
    "pre-v0.7.0 federation peers must be upgraded to send `x-peer-id`."
)


def _attest(ctx: Ctx, sender: str) -> None:
    """#238: ``sender_agent_id`` must be the ``X-Peer-Id`` header (a malformed header counts as absent)."""
    peer = ctx.headers.get("x-peer-id") or ""
    try:
        v.agent_id(peer)
    except v.Invalid:
        peer = ""
    if not peer:
        raise fail(403, "peer_id_header_missing", claimed="", peer_header="", note=_ATTEST_NOTE)
    if sender != peer:
        raise fail(403, "sender_agent_id_mismatch", claimed=sender, peer_header=peer, note=_ATTEST_NOTE)


def push(ctx: Ctx) -> Any:
    body = _body(ctx)
    _attest(ctx, body["sender_agent_id"])
    try:
        v.agent_id(body["sender_agent_id"])
    except v.Invalid as exc:
        raise fail(400, f"invalid sender_agent_id: {exc}") from None
    for key in _LISTS:
        if len(body[key]) > v.MAX_BULK_SIZE:
            raise fail(400, f"sync_push limited to {v.MAX_BULK_SIZE} {key.replace('_', ' ')} per request")
    receiver = ctx.caller
    counts = dict.fromkeys(("applied", "noop", "skipped", "deleted", "links_applied"), 0)
    store = ctx.app.store
    with store.tx():
        for mem in body["memories"]:
            counts["noop" if body.get("dry_run") else _apply_memory(ctx, mem)] += 1
        if not body.get("dry_run"):
            for mid in body["deletions"]:
                if isinstance(mid, str) and store.delete_row(mid):
                    counts["deleted"] += 1
            for link in body["links"]:
                ends = [link.get(k) for k in ("source_id", "target_id")] if isinstance(link, dict) else []
                if len(ends) == 2 and all(isinstance(e, str) and store.get_row(e) for e in ends):
                    store.add_link(str(ends[0]), str(ends[1]), str(link.get("relation") or "related_to"))
                    counts["links_applied"] += 1
    latest = max(
        (
            m["updated_at"]
            for m in body["memories"]
            if isinstance(m, dict) and isinstance(m.get("updated_at"), str)
        ),
        default=None,
    )
    if latest is not None and not body.get("dry_run"):
        store.x(
            "INSERT INTO sync_state VALUES (?, ?, ?) ON CONFLICT (agent_id, peer_id) "
            "DO UPDATE SET last_seen = MAX(last_seen, excluded.last_seen)",
            (receiver, body["sender_agent_id"], latest),
        )
    clock = store.q("SELECT peer_id, last_seen FROM sync_state WHERE agent_id = ?", (receiver,))
    return jresp(
        200,
        {
            **{k: counts[k] for k in ("applied", "deleted")},
            "archived": 0,
            "restored": 0,
            "links_applied": counts["links_applied"],
            "pendings_applied": 0,
            "pending_decisions_applied": 0,
            "namespace_meta_applied": 0,
            "namespace_meta_cleared": 0,
            "noop": counts["noop"],
            "skipped": counts["skipped"],
            "quota_refused": 0,
            "dry_run": bool(body.get("dry_run")),
            "receiver_agent_id": receiver,
            "receiver_clock": {"entries": {r["peer_id"]: r["last_seen"] for r in clock}},
        },
    )
