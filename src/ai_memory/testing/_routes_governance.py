"""Namespace standards and governance policies (``/namespaces``), pending actions and their
approve/reject (``/pending``); the policy engine itself is :mod:`._governance`."""

from __future__ import annotations

from typing import Any

from . import _governance, _identity
from . import _validate as v
from ._http import Ctx, HttpError, _type_name, axum_json, fail, jresp, query_parse
from ._routes_admin import require_admin


def _valid_namespace(ns: str) -> str:
    """The namespace tools' ``validate_namespace`` (``mcp/tools/namespace.rs``): 400 ``{"error"}``."""
    try:
        v.namespace(ns)
    except v.Invalid as exc:
        raise fail(400, str(exc)) from None
    return ns


def _approver_ok(value: Any) -> bool:
    """serde's externally tagged ``ApproverType``: ``"human"``, ``{"agent": id}``, ``{"consensus": u32}``."""
    if value == "human":
        return True
    if not isinstance(value, dict) or len(value) != 1:
        return False
    (tag, inner), is_int = next(iter(value.items())), isinstance(next(iter(value.values())), int)
    if tag == "agent":
        return isinstance(inner, str)
    return tag == "consensus" and is_int and not isinstance(inner, bool) and 0 <= inner < 2**32


def namespaces(ctx: Ctx) -> Any:
    if ctx.method != "POST":
        q = query_parse(ctx, {"namespace": ("str", False), "inherit": ("bool", False)})
    if ctx.method == "GET" and "namespace" not in q:
        require_admin(ctx)
        return jresp(200, {"namespaces": ctx.app.store.namespaces()})
    if ctx.method == "GET":
        return jresp(200, _get_standard(ctx, _valid_namespace(q["namespace"]), q.get("inherit") is True))
    if ctx.method == "DELETE":
        if q.get("namespace") is None:
            raise fail(400, "namespace is required")
        ns = _valid_namespace(q["namespace"])
        return jresp(200, {"namespace": ns, "cleared": ctx.app.store.clear_standard(ns)})
    body = axum_json(
        ctx,
        {
            "namespace": ("str", False),
            "standard": ("obj", False),  # Option<Box<NamespaceStandardBody>>
            "id": ("str", False),
            "parent": ("str", False),
            "governance": ("any", False),
        },
        "SetStandardBody",
    )
    std = body.get("standard") if isinstance(body.get("standard"), dict) else {}
    given = body.get("namespace") or std.get("namespace")
    if not given:
        raise fail(400, "namespace is required")
    ns = _valid_namespace(given)
    parent = body.get("parent") if body.get("parent") is not None else std.get("parent")
    if isinstance(parent, str):  # mcp/tools/namespace.rs:134-137 validates a given parent too
        _valid_namespace(parent)
    gov = body.get("governance") if body.get("governance") is not None else std.get("governance")
    if gov is not None:
        if not isinstance(gov, dict):  # mcp/tools/namespace.rs: serde_json::from_value::<GovernancePolicy>
            raise fail(
                400, f"invalid governance: invalid type: {_type_name(gov)}, expected struct GovernancePolicy"
            )
        if "write" not in gov:
            raise fail(400, "invalid governance policy: missing field `write`")
        if "inherit" in gov and not isinstance(gov["inherit"], bool):  # CorePolicy.inherit: bool
            raise fail(
                400, f"invalid governance: invalid type: {_type_name(gov['inherit'])}, expected a boolean"
            )
        if "approver" in gov and not _approver_ok(gov["approver"]):  # models/namespace.rs ApproverType
            raise fail(
                400, "invalid governance: unknown variant, expected one of `human`, `agent`, `consensus`"
            )
        levels = ("any", "registered", "owner", "approve")
        for key in ("write", "promote", "delete"):
            if key in gov and gov[key] not in levels:
                raise fail(400, f"invalid governance policy: unknown {key} level '{gov[key]}'")
        if not _typed_policy(gov):
            raise fail(400, "invalid governance: `inherit` must be a boolean, `approver` an ApproverType")
    standard_id = body.get("id") or std.get("id") or ctx.caller
    standard = ctx.app.store.get_row(standard_id) if isinstance(standard_id, str) else None
    owner = _identity.owner_of(standard["metadata"]) if standard else None
    if owner not in (None, "system", ctx.caller) and ctx.caller != "daemon":
        raise fail(403, "caller does not own this namespace standard", owner=owner, caller=ctx.caller)
    parent = body.get("parent") or std.get("parent")
    ctx.app.store.set_standard(ns, standard_id, parent, gov)
    # the daemon answers 201 Created (handlers/hook_subscribers.rs, set_namespace_standard) with
    # `parent` and `governance` only when given (src/mcp/tools/namespace.rs)
    out: dict[str, Any] = {"set": True, "namespace": ns, "standard_id": standard_id}
    out |= {"parent": parent} if parent is not None else {}
    return jresp(201, out | ({"governance": gov} if gov is not None else {}))


def _typed_policy(gov: dict[str, Any]) -> bool:
    """The typed part of ``GovernancePolicy`` deserialises (serde: ``inherit`` bool, ``approver``
    ``"human"`` / ``{"agent": id}`` / ``{"consensus": n}``)."""
    approver = gov.get("approver", "human")
    agent_ok = (
        isinstance(approver, dict) and list(approver) == ["agent"] and isinstance(approver["agent"], str)
    )
    n = approver.get("consensus") if isinstance(approver, dict) and list(approver) == ["consensus"] else None
    consensus_ok = isinstance(n, int) and not isinstance(n, bool) and 0 <= n < 2**32
    return isinstance(gov.get("inherit", True), bool) and (approver == "human" or agent_ok or consensus_ok)


def _standard_entry(ctx: Ctx, ns: str, std: dict[str, Any]) -> dict[str, Any]:
    """The daemon's ``memory_namespace_get_standard`` entry for a namespace with a standard."""
    mem = ctx.app.store.get_row(std["standard_id"])
    if mem is None:
        warning = "standard memory not found — may have been deleted"
        return {"namespace": ns, "standard_id": std["standard_id"], "warning": warning}
    return {
        "namespace": ns,
        "standard_id": std["standard_id"],
        "title": mem["title"],
        "content": mem["content"],
        "priority": mem["priority"],
        "governance": std.get("governance"),
    }


def _get_standard(ctx: Ctx, ns: str, inherit: bool) -> dict[str, Any]:
    """``GET /namespaces?namespace=`` as the daemon answers it (``{namespace, standard_id: null}`` when
    none is set; with ``inherit=true`` the chain ``*`` → root → … → ``ns`` and its standards)."""
    if not inherit:
        std = ctx.app.store.get_standard(ns)
        return {"namespace": ns, "standard_id": None} if std is None else _standard_entry(ctx, ns, std)
    chain = namespace_chain(ns)
    standards = []
    for link in chain:
        std = ctx.app.store.get_standard(link)
        if std is not None:
            entry = _standard_entry(ctx, link, std)
            if "warning" not in entry:
                standards.append(entry)
    return {"namespace": ns, "chain": chain, "standards": standards, "count": len(standards)}


def namespace_chain(ns: str) -> list[str]:
    """``*``, the root, …, ``ns`` (``db::build_namespace_chain``)."""
    parts = ns.split("/")
    return ["*", *("/".join(parts[: i + 1]) for i in range(len(parts)))] if ns != "*" else ["*"]


def standard_memories(ctx: Ctx, ns: str | None) -> list[dict[str, Any]]:
    """The standard memories along ``ns``'s chain (only ``*`` without a namespace), each once
    (``inject_namespace_standard``, src/mcp/mod.rs)."""
    found: list[dict[str, Any]] = []
    for link in namespace_chain(ns) if ns is not None else ["*"]:
        std = ctx.app.store.get_standard(link)
        mem = ctx.app.store.get_row(std["standard_id"]) if std is not None else None
        if mem is not None and all(m["id"] != mem["id"] for m in found):
            found.append(mem)
    return found


def pending(ctx: Ctx) -> Any:
    # The SQLite build ignores ``namespace`` and applies the caller filter after the LIMIT; an
    # invalid X-Agent-Id is the caller "anonymous:invalid" here, not a 400.
    q = query_parse(ctx, {"status": ("str", False), "namespace": ("str", False), "limit": ("uint", False)})
    try:
        caller = ctx.caller
    except HttpError:
        caller = "anonymous:invalid"
    admin = _identity.is_admin(ctx.app.config, caller) and bool(ctx.app.config.admin_agent_ids)
    rows = ctx.app.store.pending(status=q.get("status"), limit=max(1, min(q.get("limit") or 100, 1000)))
    if not admin and ctx.app.config.enforce_admin:
        rows = [p for p in rows if p["requested_by"] == caller]
    return jresp(200, {"count": len(rows), "pending": rows, "owner_scope": "admin" if admin else "caller"})


def approve(ctx: Ctx) -> Any:
    return jresp(200, _governance.approve(ctx.app, ctx.params["id"], ctx.caller, ctx.headers, ctx.body))


def reject(ctx: Ctx) -> Any:
    return jresp(200, _governance.reject(ctx.app, ctx.params["id"], ctx.caller, ctx.headers, ctx.body))
