"""``/api/mcp``: the JSON-RPC transport with the 7 seed-era tools (§5)."""

from __future__ import annotations

import logging
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from . import _schemas as S
from ._app import Router, State, json_response
from ._auth import KEY_RE, bearer_token, expired_key, hash_key, invalid_format, invalid_key, missing_key
from ._common import MCP_VERSION, ApiError
from ._context import context_payload, rules_payload
from ._mcp_tools import TOOLS
from ._memories import add_memory, edit_memory, forget_memory, list_memories, search_memories

log = logging.getLogger("memories_sh.testing")


def _endpoint_error(state: State, err: ApiError, headers: dict[str, str] | None = None) -> Response:
    body = {
        "ok": False,
        "data": None,
        "error": err.message,
        "errorDetail": err.detail(),
        "meta": {"version": MCP_VERSION, "endpoint": "/api/mcp", "timestamp": state.now()},
    }
    return json_response(body, err.status, headers)


def _rpc_error(rid: Any, code: int, err: ApiError, status: int = 200) -> Response:
    return json_response(
        {"jsonrpc": "2.0", "id": rid, "error": {"code": code, "message": err.message, "data": err.detail()}},
        status,
    )


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


def execute_tool(state: State, owner: str, name: str, args: dict[str, Any]) -> dict[str, Any]:
    tenant_id = _string_arg(args, "tenant_id", "TENANT_ID_INVALID")
    db = state.stores.tenant(owner, tenant_id) if tenant_id else state.stores.workspace(owner)
    project_id = (
        args.get("project_id") if isinstance(args.get("project_id"), str) and args["project_id"] else None
    )
    user_id = _string_arg(args, "user_id", "USER_ID_INVALID")
    now = state.now()
    if name == "get_context":
        raw_limit = _floor(args.get("limit"))
        limit = raw_limit if raw_limit is not None and args["limit"] > 0 else 5
        raw_depth = _floor(args.get("graph_depth"))
        depth = raw_depth if raw_depth in (0, 1, 2) and raw_depth is not None else 1
        raw_glimit = _floor(args.get("graph_limit"))
        glimit = max(1, min(raw_glimit, 50)) if raw_glimit is not None else 8
        text, data = context_payload(
            db,
            state.config,
            now,
            project_id=project_id,
            user_id=user_id,
            query=args["query"].strip() if isinstance(args.get("query"), str) else "",
            limit=limit,
            strategy="hybrid_graph" if args.get("retrieval_strategy") == "hybrid_graph" else "baseline",
            graph_depth=depth,
            graph_limit=glimit,
        )
    elif name == "get_rules":
        text, data = rules_payload(db, project_id, user_id, now)
    elif name == "add_memory":
        text, data = add_memory(db, state.config, args, project_id, user_id, now)
    elif name == "edit_memory":
        text, data = edit_memory(db, state.config, args, user_id, now)
    elif name == "forget_memory":
        text, data = forget_memory(db, args, user_id, now)
    elif name == "search_memories":
        text, data = search_memories(db, args, project_id, user_id, now)
    elif name == "list_memories":
        text, data = list_memories(db, args, project_id, user_id, now)
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


def handle_post(state: State, header: str | None, raw: bytes) -> Response:
    key = bearer_token(header)
    if not key:
        return _endpoint_error(state, missing_key())
    key_hash = hash_key(key)
    decision = state.limiter.check(key_hash)
    if not decision.allowed:  # the raw limiter response (§5.2 shape 2)
        return json_response(
            {"error": "Too many requests"},
            429,
            {
                "X-RateLimit-Limit": str(decision.limit),
                "X-RateLimit-Remaining": str(decision.remaining),
                "X-RateLimit-Reset": str(decision.reset_ms),
                "Retry-After": str(decision.retry_after),
            },
        )
    if not KEY_RE.match(key):
        return _endpoint_error(state, invalid_format())
    spec = state.keys.lookup(key_hash)
    if spec is None:
        return _endpoint_error(state, invalid_key())
    if not state.keys.is_active(spec):
        return _endpoint_error(state, expired_key())
    owner = spec.owner_id or state.config.owner_id
    if not state.config.workspace_db:
        return _endpoint_error(
            state,
            ApiError(
                "not_found_error",
                "DATABASE_NOT_CONFIGURED",
                "Database not configured. Visit memories.sh/app to set up.",
                400,
            ),
        )
    try:
        body = S.parse_json(raw)
    except S.Invalid:
        return _rpc_error(
            None, -32700, ApiError("validation_error", "PARSE_ERROR", "Invalid JSON payload", 400), 400
        )
    if not isinstance(body, dict):
        return _rpc_error(
            None,
            -32600,
            ApiError("validation_error", "INVALID_REQUEST", "Invalid JSON-RPC request", 400),
            400,
        )
    method, params, rid = body.get("method"), body.get("params"), body.get("id")
    if not isinstance(method, str) or not method:
        return _rpc_error(
            rid,
            -32600,
            ApiError(
                "validation_error", "INVALID_REQUEST", "JSON-RPC method must be a non-empty string", 400
            ),
            400,
        )
    try:
        if method == "initialize":
            result: Any = {
                "protocolVersion": "2024-11-05",
                "serverInfo": {"name": "memories.sh", "version": "0.6.0"},
                "capabilities": {"tools": {}},
            }
        elif method == "notifications/initialized":
            return Response(status_code=204)
        elif method == "tools/list":
            result = {"tools": TOOLS}
        elif method == "tools/call":
            p = params if isinstance(params, dict) else {}
            name = p.get("name") if isinstance(p.get("name"), str) else ""
            if not name:
                return _rpc_error(
                    rid,
                    -32602,
                    ApiError(
                        "validation_error", "INVALID_TOOL_NAME", "tools/call requires a string name", 400
                    ),
                    400,
                )
            raw_args = p.get("arguments")
            args: dict[str, Any] = raw_args if isinstance(raw_args, dict) else {}
            try:
                result = execute_tool(state, owner, name, args)
            except ApiError as err:
                return _rpc_error(rid, err.rpc_code, err)
            except Exception as exc:
                log.exception("tool %s failed", name)
                return _rpc_error(
                    rid,
                    -32603,
                    ApiError("internal_error", "TOOL_EXECUTION_FAILED", str(exc), 500, True, {"tool": name}),
                )
        elif method == "ping":
            result = {}
        else:
            return _rpc_error(
                rid,
                -32601,
                ApiError(
                    "method_error",
                    "METHOD_NOT_FOUND",
                    f"Method not found: {method}",
                    404,
                    details={"method": method},
                ),
            )
        return json_response({"jsonrpc": "2.0", "id": rid, "result": result})
    except Exception:
        log.exception("MCP error")
        return _rpc_error(
            None, -32603, ApiError("internal_error", "INTERNAL_ERROR", "Internal error", 500, True), 500
        )


def register(router: Router, state: State) -> None:
    async def post(request: Request) -> Response:
        raw = await request.body()
        return await run_in_threadpool(handle_post, state, request.headers.get("authorization"), raw)

    async def get(request: Request) -> Response:
        if not bearer_token(request.headers.get("authorization")):
            return json_response(
                {"status": "ok", "name": "memories.sh MCP Server", "version": "0.6.0", "transport": "sse"}
            )
        # The SSE session transport is not implemented: answer as the service does at the session cap.
        err = ApiError(
            "rate_limit_error",
            "TOO_MANY_KEY_SESSIONS",
            "Too many active MCP sessions for this API key",
            429,
            True,
        )
        return _endpoint_error(state, err, {"Retry-After": "60"})

    async def options(request: Request) -> Response:
        return Response(
            status_code=204,
            headers={
                "Access-Control-Allow-Origin": "*",
                "Access-Control-Allow-Methods": "GET, POST, OPTIONS",
                "Access-Control-Allow-Headers": "Content-Type, Authorization",
            },
        )

    router.add("/api/mcp", "POST", post)
    router.add("/api/mcp", "GET", get)
    router.add("/api/mcp", "OPTIONS", options)
