"""``/api/mcp``: JSON-RPC over stateless POSTs or the legacy SSE session transport, with the 9 [H] tools."""

from __future__ import annotations

import logging
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from . import _schemas as S
from ._app import Router, State, json_response
from ._auth import (
    KEY_RE,
    AuthContext,
    bearer_token,
    expired_key,
    hash_key,
    invalid_format,
    invalid_key,
    missing_key,
)
from ._common import MCP_VERSION, ApiError
from ._mcp_exec import execute_tool
from ._mcp_tools import TOOLS
from ._sse import Hub, not_a_stream, open_stream

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


def _rate_limited(state: State, key_hash: str) -> Response | None:
    decision = state.limiter.check(key_hash)
    if decision.allowed:
        return None
    return json_response(  # the raw limiter response (§5.2 shape 2)
        {"error": "Too many requests"},
        429,
        {
            "X-RateLimit-Limit": str(decision.limit),
            "X-RateLimit-Remaining": str(decision.remaining),
            "X-RateLimit-Reset": str(decision.reset_ms),
            "Retry-After": str(decision.retry_after),
        },
    )


def authenticate_mcp(state: State, key: str) -> AuthContext | Response:
    """Rate limit by key hash, then ``authenticateAndGetTurso`` (format, owner, expiry, database)."""
    key_hash = hash_key(key)
    limited = _rate_limited(state, key_hash)
    if limited:
        return limited
    if not KEY_RE.match(key):
        return _endpoint_error(state, invalid_format())
    spec = state.keys.lookup(key_hash)
    if spec is None:
        return _endpoint_error(state, invalid_key())
    if not state.keys.is_active(spec):
        return _endpoint_error(state, expired_key())
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
    return AuthContext(spec.owner_id or state.config.owner_id, key_hash)


def handle_post(
    state: State, header: str | None, raw: bytes, session: AuthContext | None = None
) -> tuple[Response, Any]:
    """One JSON-RPC message; also returns the success body (pushed on the SSE stream of ``session``)."""
    if session is not None:
        limited = _rate_limited(state, session.key_hash)
        if limited:
            return limited, None
        auth: AuthContext | Response = session
    else:
        key = bearer_token(header)
        auth = authenticate_mcp(state, key) if key else _endpoint_error(state, missing_key())
    if isinstance(auth, Response):
        return auth, None
    outcome = _dispatch(state, auth.owner_id, raw)
    if isinstance(outcome, Response):
        return outcome, None
    return json_response(outcome), outcome


def _dispatch(state: State, owner: str, raw: bytes) -> Response | dict[str, Any]:
    """The JSON-RPC method: an error response, or the success body."""
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
        return {"jsonrpc": "2.0", "id": rid, "result": result}
    except Exception:
        log.exception("MCP error")
        return _rpc_error(
            None, -32603, ApiError("internal_error", "INTERNAL_ERROR", "Internal error", 500, True), 500
        )


def register(router: Router, state: State) -> None:
    hub = Hub()
    state.on_shutdown.append(hub.close_all)

    async def post(request: Request) -> Response:
        raw = await request.body()
        session = hub.get(request.query_params.get("session"))
        header = request.headers.get("authorization")
        response, pushed = await run_in_threadpool(
            handle_post, state, header, raw, session.auth if session else None
        )
        if session is not None and pushed is not None:
            session.push(pushed)
        return response

    async def get(request: Request) -> Response:
        if not bearer_token(request.headers.get("authorization")):
            return not_a_stream(state)
        return open_stream(state, hub, request, authenticate_mcp, _endpoint_error)

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
