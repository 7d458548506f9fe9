"""Namespace governance (R7 ``GovernancePolicy``): 202 pending, approve (executes) / reject.

A policy comes from ``ServerConfig.governance[namespace]`` or from ``POST /api/v1/namespaces``
(``{"namespace": ..., "governance": {"write": "approve", ...}}``), inherited from the nearest
ancestor namespace. Levels: ``any`` | ``registered`` | ``owner`` | ``approve``; defaults
``promote=any``, ``delete=owner``, ``approver=human``.

R7 requires an HMAC signature on ``/pending/{id}/approve|reject``; the local server only does so
when ``ServerConfig.require_approval_hmac`` is True (then with the server's
``webhook_hmac_secret``; no secret -> always 401, as in R7).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import uuid
from typing import TYPE_CHECKING, Any

from . import _actions
from ._http import HttpError, fail, jresp

if TYPE_CHECKING:
    from ._app import LocalApp

_DEFAULTS = {"promote": "any", "delete": "owner", "approver": "human", "inherit": True}
_LEVEL_KEY = {"store": "write", "delete": "delete", "promote": "promote"}


def policy_for(app: LocalApp, namespace: str) -> dict[str, Any] | None:
    parts = namespace.split("/")
    for i in range(len(parts), 0, -1):
        ns = "/".join(parts[:i])
        pol = app.config.governance.get(ns)
        std = app.store.get_standard(ns)
        if std and std.get("governance"):
            pol = std["governance"]
        if pol:
            merged = {**_DEFAULTS, **pol}
            if i == len(parts) or merged.get("inherit", True):
                return merged
    return None


def _registered(app: LocalApp, caller: str) -> bool:
    return app.store.find_by_title(f"agent:{caller}", "_agents") is not None


def check(
    app: LocalApp, action: str, namespace: str, caller: str, memory_id: str | None, payload: dict[str, Any]
) -> None:
    """Raise the 202 pending / 403 deny response when the namespace's policy says so."""
    pol = policy_for(app, namespace)
    if pol is None:
        return
    level = pol.get(_LEVEL_KEY[action], "any")
    if level == "registered" and not _registered(app, caller):
        raise fail(403, f"{action} denied by governance: agent '{caller}' is not registered")
    if level == "owner" and action == "store":
        std = app.store.get_standard(namespace)
        owner = (std or {}).get("standard_id")
        if owner and owner != caller:
            raise fail(403, f"{action} denied by governance: caller is not the namespace owner")
    if level != "approve":
        return
    pid = str(uuid.uuid4())
    now = app.store.now()
    app.store.add_pending(
        {
            "id": pid,
            "action_type": action,
            "memory_id": memory_id,
            "namespace": namespace,
            "payload": json.dumps(payload),
            "requested_by": caller,
            "requested_at": now,
            "status": "pending",
            "approvals": "[]",
        }
    )
    # ApprovalRequestedEventDetails' field order; memory_id is skipped when None (a store)
    details: dict[str, Any] = {"action_type": action, "requested_at": now}
    if memory_id:
        details["memory_id"] = memory_id
    details["status"] = "pending"
    # The envelope names the pending action; a delete/promote repeats memory_id with its target
    # (subscriptions.rs dispatch_approval_requested: envelope `pa.id`, details `pa.memory_id`).
    app.dispatcher.dispatch("approval_requested", pid, namespace, caller, details)
    app.approvals.publish(
        {"event": "approval_requested", "pending_id": pid, "action_type": action}
        | {"namespace": namespace, "requested_by": caller, "requested_at": now}
    )
    body: dict[str, Any] = {
        "status": "pending",
        "pending_id": pid,
        "reason": "governance requires approval",
        "action": action,
    }
    body["namespace" if action == "store" else "memory_id"] = namespace if action == "store" else memory_id
    raise HttpError(jresp(202, body))


def check_hmac(app: LocalApp, ctx_headers: Any, pid: str, body: bytes) -> None:
    if not app.config.require_approval_hmac:
        return
    secret = app.config.webhook_hmac_secret
    sig = (ctx_headers.get("x-ai-memory-signature") or "").removeprefix("sha256=")
    ts = ctx_headers.get("x-ai-memory-timestamp") or ""
    ok = False
    if secret and ts.isdigit() and -60 <= time.time() - int(ts) <= 300:
        key = hashlib.sha256(secret.encode()).digest()
        want = hmac.new(key, f"{ts}.POST.{pid}.".encode() + body, hashlib.sha256).hexdigest()
        ok = hmac.compare_digest(want, sig)
    if not ok:
        raise fail(
            401,
            "invalid or missing X-AI-Memory-Signature",
            hint="sign '<ts>.POST.<pending_id>.<body>' with HMAC-SHA256(SHA256(hmac_secret))",
        )


def _execute(app: LocalApp, p: dict[str, Any]) -> str | None:
    action, payload = p["action_type"], p["payload"]
    if action == "store":
        return _actions.store(app, payload["memory"], payload.get("on_conflict", "error"))
    mem = app.store.get_row(p["memory_id"])
    if mem is None:
        raise fail(404, "not found")
    if action == "delete":
        _actions.delete(app, mem)
    else:
        _actions.promote(app, mem)
    return str(mem["id"])


def approve(
    app: LocalApp, pid: str, caller: str, headers: Any, body: bytes, *, hmac_checked: bool = False
) -> dict[str, Any]:
    if not hmac_checked:
        check_hmac(app, headers, pid, body)
    rows = app.store.pending(pid=pid)
    if not rows:
        raise fail(403, f"approve rejected: pending action not found: {pid}")
    p = rows[0]
    if p["status"] != "pending":
        raise fail(403, f"approve rejected: already decided: status={p['status']}")
    approver = (policy_for(app, p["namespace"]) or _DEFAULTS)["approver"]
    if isinstance(approver, dict) and "agent" in approver and approver["agent"] != caller:
        raise fail(403, f"approve rejected: caller '{caller}' is not the designated approver")
    if isinstance(approver, dict) and "consensus" in approver:
        votes = [a for a in p["approvals"] if a["agent_id"] != caller]
        votes.append({"agent_id": caller, "approved_at": app.store.now()})
        app.store.x("UPDATE pending_actions SET approvals = ? WHERE id = ?", (json.dumps(votes), pid))
        if len(votes) < int(approver["consensus"]):
            raise HttpError(
                jresp(
                    202,
                    {
                        "approved": False,
                        "status": "pending",
                        "id": pid,
                        "votes": len(votes),
                        "quorum": int(approver["consensus"]),
                        "reason": "consensus threshold not yet reached",
                    },
                )
            )
    memory_id = _execute(app, p)
    app.store.decide_pending(pid, "approved", caller)
    return {"approved": True, "id": pid, "decided_by": caller, "executed": True, "memory_id": memory_id}


def reject(
    app: LocalApp, pid: str, caller: str, headers: Any, body: bytes, *, hmac_checked: bool = False
) -> dict[str, Any]:
    if not hmac_checked:
        check_hmac(app, headers, pid, body)
    if not app.store.decide_pending(pid, "rejected", caller):
        raise fail(404, "pending action not found or already decided")
    return {"rejected": True, "id": pid, "decided_by": caller}
