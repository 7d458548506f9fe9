"""Link routes: create and delete a link (``/links``), list a memory's links (``/links/{id}``)."""

from __future__ import annotations

import json
from typing import Any

from . import _identity
from . import _validate as v
from ._http import Ctx, HttpError, fail, jresp, raw_json_value

ALLOWED_LINK_FIELDS = ("source_id", "from", "target_id", "to", "relation", "rel_type")
ALLOWED_LINK_RELATIONS = ["related_to", "supersedes", "contradicts", "derived_from", "reflects_on"]


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


def _owner(mem: dict[str, Any] | None, key: str = "agent_id") -> str:
    value = (mem or {}).get("metadata", {}).get(key)
    return value if isinstance(value, str) else ""


def delete_link(ctx: Ctx) -> Any:
    """Removes every link from source to target (the relation is validated, not matched); the
    caller must own one endpoint (or be the source's inbox target) unless both are unowned."""
    src, dst, rel = _link_body(ctx)
    try:
        v.memory_id(src)
        v.memory_id(dst)
        v.relation(rel or "related_to")
        if src == dst:
            raise v.Invalid("cannot link a memory to itself")
    except v.Invalid as exc:
        raise fail(400, str(exc)) from None
    try:
        caller = ctx.caller
    except HttpError:
        caller = "anonymous:invalid"
    store = ctx.app.store
    source = store.get_row(src)
    if source is not None and ctx.app.config.visibility != "open":
        source_owner, target_owner = _owner(source), _owner(store.get_row(dst))
        owns = caller in (source_owner, _owner(source, "target_agent_id")) or target_owner == caller
        if (source_owner or target_owner) and not owns and caller != "daemon":
            raise fail(
                403,
                "caller does not own either endpoint of this link",
                source_owner=source_owner,
                target_owner=target_owner,
                caller=caller,
                source_id=src,
                target_id=dst,
            )
    return jresp(200, {"deleted": store.delete_link(src, dst, None)})


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
