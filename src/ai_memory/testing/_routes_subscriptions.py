"""Webhook subscription routes: list, subscribe, unsubscribe (``/subscriptions``)."""

from __future__ import annotations

import uuid
from typing import Any

from . import _webhooks
from ._http import Ctx, axum_json, fail, jresp, query_parse
from ._routes_agents import register_agent, require_caller

SUBSCRIBE_SPEC = {
    k: ("str", False)
    for k in ("url", "events", "secret", "namespace_filter", "agent_filter", "namespace", "agent_id")
}


def subscriptions(ctx: Ctx) -> Any:
    store, caller = ctx.app.store, None
    if ctx.method == "GET":
        q = query_parse(ctx, {"agent_id": ("str", False)})
        require_caller(ctx, q.get("agent_id"), "query")
        rows = [
            {
                "id": s["id"],
                "url": s["url"],
                "events": s["events"],
                "namespace": s["namespace"],
                "namespace_filter": s["namespace_filter"],
                "agent_filter": s["agent_filter"],
                "agent_id": s["agent_id"],
                "created_by": s["created_by"],
                "created_at": s["created_at"],
                "dispatch_count": s["dispatch_count"],
                "failure_count": s["failure_count"],
            }
            for s in store.subscriptions(ctx.caller)
        ]
        return jresp(200, {"count": len(rows), "subscriptions": rows})
    if ctx.method == "DELETE":
        q = query_parse(ctx, {"id": ("str", False), "agent_id": ("str", False), "namespace": ("str", False)})
        require_caller(ctx, q.get("agent_id"), "query")
        if q.get("id") is not None:
            return jresp(200, {"id": q["id"], "removed": store.remove_subscription(q["id"], ctx.caller) > 0})
        if q.get("namespace") is None:
            raise fail(400, "id or (agent_id, namespace) required")
        match = [s for s in store.subscriptions(ctx.caller) if s["namespace_filter"] == q["namespace"]]
        if not match:  # the daemon answers 200 with an empty id, not 404
            return jresp(200, {"id": "", "removed": False})
        store.remove_subscription(match[0]["id"], ctx.caller)
        return jresp(200, {"id": match[0]["id"], "removed": True})
    body = axum_json(ctx, SUBSCRIBE_SPEC, "SubscribeBody")
    caller = ctx.caller
    require_caller(ctx, body.get("agent_id"))
    if not body.get("secret") and not ctx.app.config.webhook_hmac_secret:
        raise fail(
            400,
            "HMAC secret required: configure per-subscription `hmac_secret` or server-wide "
            "`[security] hmac_secret`",
            hint="Pass `secret: <value>` in the subscribe request body, OR set [hooks.subscription] "
            "hmac_secret in the daemon config. Unsigned subscription dispatch was disabled in "
            "v0.7.0 (fix campaign R3-S1.HMAC, 2026-05-13).",
        )
    if body.get("url") is not None:
        url, ns_filter, agent_filter = body["url"], body.get("namespace_filter"), body.get("agent_filter")
    elif body.get("namespace") is not None:
        url, ns_filter = f"http://localhost/_ns/{caller}/{body['namespace']}", body["namespace"]
        agent_filter = body.get("agent_filter") or caller
    else:
        raise fail(400, "url or namespace is required")
    events = body.get("events") or "*"
    try:
        _webhooks.validate_url(url, ctx.app.config.allow_loopback_webhooks)
    except ValueError as exc:
        raise fail(400, str(exc)) from None
    if store.find_by_title(f"agent:{caller}", "_agents") is None:
        register_agent(ctx.app, caller, "ai:generic", [])
    sid = str(uuid.uuid4())
    store.add_subscription(
        {
            "id": sid,
            "url": url,
            "events": events,
            "secret_hash": _webhooks.sha256_hex(body["secret"]) if body.get("secret") else None,
            "namespace_filter": ns_filter,
            "agent_filter": agent_filter,
            "namespace": ns_filter,
            "created_by": caller,
            "agent_id": caller,
            "created_at": store.now(),
        }
    )
    out: dict[str, Any] = {
        "id": sid,
        "url": url,
        "events": events,
        "namespace_filter": ns_filter,
        "agent_filter": agent_filter,
        "created_by": caller,
    }
    if ns_filter is not None:
        out["namespace"] = ns_filter
    out["agent_id"] = caller
    return jresp(201, out)
