"""Routes that need an LLM (auto_tag, expand_query: 503 without one, as the daemon's keyword tier)
and the L4 turn capture (R7 ``src/handlers/capture_turn.rs``, ``src/mcp/tools/capture_turn.rs``)."""

from __future__ import annotations

import hashlib
from typing import Any

from . import _validate as v
from ._http import Ctx, axum_json, fail, jresp, json_or_bad_request

CAPTURE_SPEC = {
    "host_session_id": ("str", True),
    "host_turn_index": ("int", True),
    "role": ("str", True),
    "content": ("str", True),
    "host_kind": ("str", False),
    "host_version": ("str", False),
    "tool_calls": ("any", False),
    "timestamp_iso": ("str", False),
    "host_signature_b64": ("str", False),
    "host_pubkey_b64": ("str", False),
    "namespace": ("str", False),
    "metadata": ("any", False),
}


def auto_tag(ctx: Ctx) -> Any:
    axum_json(
        ctx,
        {k: ("str", False) for k in ("memory_id", "namespace", "title", "content")},
        "AutoTagBody",
    )
    raise fail(503, "LLM not configured")


def expand_query(ctx: Ctx) -> Any:
    axum_json(ctx, {"query": ("str", True), "namespace": ("str", False)}, "ExpandQueryBody")
    raise fail(503, "LLM not configured")


def capture_turn(ctx: Ctx) -> Any:
    req = json_or_bad_request(ctx, CAPTURE_SPEC, "MemoryCaptureTurnRequest")
    calls = req.get("tool_calls")  # Vec<ToolCallSummary { tool: String, brief: String }>
    if calls is not None and not (
        isinstance(calls, list)
        and all(
            isinstance(c, dict) and isinstance(c.get("tool"), str) and isinstance(c.get("brief"), str)
            for c in calls
        )
    ):
        raise fail(400, "invalid request body", fields=[])
    caller = ctx.caller
    meta: dict[str, Any] = req["metadata"] if isinstance(req.get("metadata"), dict) else {}
    claimed = meta.get("agent_id")
    if isinstance(claimed, str) and claimed != caller:
        raise fail(
            400, f"INVALID_INPUT: metadata.agent_id ({claimed!r}) does not match resolved caller ({caller!r})"
        )
    if req.get("host_signature_b64") is not None or req.get("host_pubkey_b64") is not None:
        raise fail(400, "INVALID_INPUT: host signatures are not verified by the local ai-memory server")
    canonical = "\0".join(str(req[k]) for k in ("host_session_id", "host_turn_index", "role", "content"))
    sha = hashlib.sha256(canonical.encode()).hexdigest()
    store = ctx.app.store
    with store.tx():
        seen = store.q("SELECT memory_id FROM captured_turns WHERE sha256 = ?", (sha,))
        if seen:
            return jresp(200, {"memory_id": seen[0]["memory_id"], "dedup_hit": True, "layer": "L4"})
        host = req.get("host_kind") or "unknown"
        tags = ["captured-via-l4", f"host:{host}", f"role:{req['role']}", "attest:unsigned"]
        if req.get("host_version"):
            tags.append(f"host-version:{req['host_version']}")
        ns = req.get("namespace") or "global"
        try:
            v.namespace(ns)
            v.content(req["content"])
        except v.Invalid as exc:
            raise fail(400, str(exc)) from None
        now, mid = store.now(), store.new_id()
        title = f"L4 capture {host} {req['host_session_id']} turn {req['host_turn_index']} ({req['role']})"
        mid = store.upsert(
            {"id": mid, "tier": "long", "namespace": ns, "title": title, "content": req["content"]}
            | {"tags": tags, "source": "host", "created_at": req.get("timestamp_iso") or now}
            | {"updated_at": now, "last_accessed_at": now, "metadata": {"agent_id": caller, **meta}}
        )
        store.x("INSERT INTO captured_turns VALUES (?, ?)", (sha, mid))
    return jresp(201, {"memory_id": mid, "dedup_hit": False, "layer": "L4", "attest_level": "unsigned"})
