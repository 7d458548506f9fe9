"""MCP-parity routes of the agent-action rules engine: ``memory_check_agent_action`` and
``memory_rule_list`` (R7 ``src/mcp/tools/check_agent_action.rs``, ``src/mcp/tools/rule_list.rs``). A
default daemon has only the four seed rules, disabled, so every well-formed action is allowed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ._http import Ctx, fail, jresp
from ._parity import tool_body, tool_str

_ACTION_FIELD = {
    "bash": "command",
    "filesystem_write": "path",
    "network_request": "host",
    "process_spawn": "binary",
    "custom": "custom_kind",
}


def check_agent_action(ctx: Ctx) -> Any:
    """The seed rules are disabled in a fresh SQLite daemon: every well-formed action is allowed."""
    body = tool_body(ctx)
    kind = tool_str(body, "kind")
    if kind not in _ACTION_FIELD:
        raise fail(400, f"unknown kind `{kind}`")
    field = _ACTION_FIELD[kind]
    # ``custom_kind`` falls back to ``kind_inner`` only when the key is absent (``Option::or_else``).
    value = body.get(field) if field in body or kind != "custom" else body.get("kind_inner")
    if not isinstance(value, str):
        raise fail(400, f"{kind} kind requires `{field}`")
    agent = body.get("agent_id") if isinstance(body.get("agent_id"), str) else "anonymous:mcp"
    return jresp(200, {"decision": {"decision": "allow"}, "kind": kind, "agent_id": agent})


def _seed_rule(rid: str, kind: str, matcher: str, reason: str) -> dict[str, Any]:
    return {"id": rid, "kind": kind, "matcher": matcher, "severity": "refuse", "reason": reason}


#: The rules migration ``0024_v07_governance_rules.sql`` seeds, disabled (no HTTP route adds rules).
SEED_RULES = [
    _seed_rule(
        "R001",
        "filesystem_write",
        '{"glob":"/tmp/**"}',
        "Operator hard rule (#691): no /tmp writes. Use $TMPDIR or .local-runs/.",
    ),
    _seed_rule(
        "R002", "filesystem_write", '{"glob":"/var/tmp/**"}', "Operator hard rule (#691): no /var/tmp writes."
    ),
    _seed_rule(
        "R003",
        "filesystem_write",
        '{"glob":"/private/tmp/**"}',
        "Operator hard rule (#691): no /private/tmp writes (macOS realpath of /tmp).",
    ),
    _seed_rule(
        "R004",
        "process_spawn",
        '{"binary":"cargo","disk_free_min_gib":20}',
        "Operator hard rule (#691): cargo refused on low-disk system (<20 GiB free).",
    ),
]


def rule_list(ctx: Ctx) -> Any:
    """``memory_rule_list`` over the seed rules (all disabled, so ``enabled_only`` lists none)."""
    body = tool_body(ctx)
    kind = body.get("kind") if isinstance(body.get("kind"), str) else None
    enabled_only = body.get("enabled_only") is True
    base = {"namespace": "_global", "created_by": "system:seed", "created_at": 0, "enabled": False}
    rules = [
        {**rule, **base, "signature_b64": None, "attest_level": "unsigned"}
        for rule in SEED_RULES
        if (kind is None or rule["kind"] == kind) and not enabled_only
    ]
    return jresp(200, {"count": len(rules), "rules": rules})


PARITY: dict[str, Callable[[Any], Any]] = {
    "memory_check_agent_action": check_agent_action,
    "memory_rule_list": rule_list,
}
