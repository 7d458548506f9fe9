"""``tools/call`` (``executeMemoryTool``): the nine [H] tools on the payload functions of the HTTP routes.

Arguments are checked the way the service checks them: a wrong-typed ``tenant_id``/``user_id``/``layer``,
a missing ``content``/``query``/``id`` are JSON-RPC validation errors (-32602); a value the service's
code cannot handle (``tags`` that is not a string in ``list_memories``) fails as its TypeError does
(-32603 ``TOOL_EXECUTION_FAILED``); numbers the service ignores fall back to its defaults.
"""

from __future__ import annotations

from typing import Any

from . import _schemas as S
from ._app import State
from ._common import MCP_VERSION, ApiError
from ._context import context_payload, rules_payload
from ._lifecycle import bulk_forget, vacuum
from ._memories import add_memory, edit_memory, forget_memory, list_memories
from ._retrieval import search_memories


def _string_arg(args: dict[str, Any], name: str, code: str) -> str | None:
    value = args.get(name)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ApiError(
            "validation_error",
            code,
            f"{name} must be a non-empty string",
            400,
            details={"field": name},
            rpc_code=-32602,
        )
    return value.strip()


def _floor(value: Any) -> int | None:
    """``Math.floor`` of a finite JS number argument, else None."""
    if not S.is_number(value) or value != value or value in (float("inf"), float("-inf")):
        return None
    return int(value // 1)


def _limit(value: Any, fallback: int, maximum: int) -> int:
    """[H] ``parseLimit``: non-numbers and values <= 0 fall back; clamped to 1..maximum."""
    floored = _floor(value)
    return fallback if floored is None or value <= 0 else max(1, min(floored, maximum))


def _depth(value: Any) -> int:
    floored = _floor(value)
    return floored if floored in (0, 1, 2) and floored is not None else 1


def execute_tool(state: State, owner: str, name: str, args: dict[str, Any]) -> dict[str, Any]:
    tenant_id = _string_arg(args, "tenant_id", "TENANT_ID_INVALID")
    db = state.stores.tenant(owner, tenant_id) if tenant_id else state.stores.workspace(owner)
    project_id = (
        args.get("project_id") if isinstance(args.get("project_id"), str) and args["project_id"] else None
    )
    user_id = _string_arg(args, "user_id", "USER_ID_INVALID")
    now = state.now()
    if name == "get_context":
        strategy = args.get("retrieval_strategy")
        text, data = context_payload(
            db,
            state.config,
            now,
            project_id=project_id,
            user_id=user_id,
            query=args["query"].strip() if isinstance(args.get("query"), str) else "",
            limit=_limit(args.get("limit"), 5, 50),
            strategy="hybrid_graph" if strategy in ("hybrid_graph", "hybrid") else "baseline",
            graph_depth=_depth(args.get("graph_depth")),
            graph_limit=max(1, min(_floor(args.get("graph_limit")) or 8, 50)),
        )
        data["conflicts"] = []
    elif name == "get_rules":
        text, data = rules_payload(db, project_id, user_id, now)
    elif name == "add_memory":
        text, data = add_memory(db, state.config, args, project_id, user_id, now)
    elif name == "edit_memory":
        text, data = edit_memory(db, state.config, args, user_id, now)
    elif name == "forget_memory":
        text, data = forget_memory(db, args, user_id, now)
    elif name == "search_memories":
        args = {**args, "limit": _limit(args.get("limit"), 10, 50)}
        text, data = search_memories(db, args, project_id, user_id, now)
    elif name == "list_memories":
        if args.get("tags") and not isinstance(args["tags"], str):  # the service calls tags.replace()
            raise TypeError("args.tags.replace is not a function")
        text, data = list_memories(
            db, {**args, "limit": _limit(args.get("limit"), 20, 100)}, project_id, user_id, now
        )
    elif name == "bulk_forget_memories":
        text, data = bulk_forget(db, args, user_id, now, only_working=False)
    elif name == "vacuum_memories":
        text, data = vacuum(db, user_id, only_working=False)
    else:
        raise ApiError(
            "tool_error",
            "TOOL_NOT_FOUND",
            f"Unknown tool: {name}",
            404,
            details={"tool": name},
            rpc_code=-32601,
        )
    envelope = {
        "ok": True,
        "data": data,
        "error": None,
        "meta": {"version": MCP_VERSION, "tool": name, "timestamp": state.now()},
    }
    return {"content": [{"type": "text", "text": text}], "structuredContent": {**envelope, **data}}
