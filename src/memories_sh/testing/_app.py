"""The Starlette application: routing (Next.js-like 404/405/OPTIONS), the envelope, runtime+graph routes."""

from __future__ import annotations

import json
import logging
import re
from collections.abc import Awaitable, Callable
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from . import _schemas as S
from ._auth import AuthContext, KeyRegistry, RateLimiter, authenticate_sdk
from ._common import SDK_VERSION, ApiError, internal_error, invalid_request, iso, request_id
from ._config import ServerConfig
from ._store import Database, StoreManager

log = logging.getLogger("memories_sh.testing")
PREFIX = "/api/sdk/v1"
SECURITY_HEADERS = {
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "X-DNS-Prefetch-Control": "on",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


class State:
    """Everything a request handler needs; one per running server."""

    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self.keys = KeyRegistry(config)
        self.limiter = RateLimiter(config, config.rate_limit, config.rate_limit_window)
        self.api_limiter = RateLimiter(config, config.management_rate_limit, 60.0)
        self.strict_limiter = RateLimiter(config, config.management_strict_rate_limit, 60.0)
        self.stores = StoreManager(config)
        self.on_shutdown: list[Callable[[], None]] = []  # run before the server stops (close streams)

    def now(self) -> str:
        return iso(self.config.now())

    def close(self) -> None:
        self.stores.close()


def _js_numbers(value: Any) -> Any:
    """``JSON.stringify`` prints integral numbers without ``.0``."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {k: _js_numbers(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_js_numbers(v) for v in value]
    return value


def json_response(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    text = json.dumps(_js_numbers(body), ensure_ascii=False, separators=(",", ":"))
    return Response(text.encode("utf-8"), status, headers=headers, media_type="application/json")


def meta(endpoint: str, rid: str, state: State) -> dict[str, str]:
    return {"version": SDK_VERSION, "endpoint": endpoint, "requestId": rid, "timestamp": state.now()}


def success(state: State, endpoint: str, rid: str, data: Any, status: int = 200) -> Response:
    return json_response(
        {"ok": True, "data": data, "error": None, "meta": meta(endpoint, rid, state)}, status
    )


def failure(state: State, endpoint: str, rid: str, err: ApiError) -> Response:
    body = {"ok": False, "data": None, "error": err.detail(), "meta": meta(endpoint, rid, state)}
    return json_response(body, err.status)


Handler = Callable[[State, AuthContext, Database, dict[str, Any], dict[str, Any]], tuple[Any, int]]


def run_handler(
    state: State, endpoint: str, rid: str, auth: AuthContext, parsed: dict[str, Any], handler: Handler
) -> Response:
    """Scope -> database -> handler, with the route's try/catch (ToolExecutionError or INTERNAL_ERROR)."""
    try:
        scope = parsed.get("scope") or {}
        db = state.stores.resolve(auth.owner_id, scope.get("tenantId"))
        data, status = handler(state, auth, db, parsed, scope)
        return success(state, endpoint, rid, data, status)
    except ApiError as err:
        return failure(state, endpoint, rid, err)
    except Exception:
        log.exception("internal error in %s", endpoint)
        return failure(state, endpoint, rid, internal_error())


def runtime_flow(
    state: State, endpoint: str, header: str | None, parse: Callable[[], Any], handler: Handler
) -> Response:
    """API key -> authenticateApiKey -> body parse (zod) -> handler."""
    rid = request_id()
    try:
        auth = authenticate_sdk(header, state.keys, state.limiter)
    except ApiError as err:
        return failure(state, endpoint, rid, err)
    try:
        parsed = parse()
    except S.Invalid:
        return failure(state, endpoint, rid, invalid_request())
    return run_handler(state, endpoint, rid, auth, parsed, handler)


def rollout_flow(
    state: State, endpoint: str, header: str | None, parse: Callable[[], Any], handler: Handler
) -> Response:
    """graph/rollout: the query/body is validated BEFORE authentication."""
    rid = request_id()
    try:
        parsed = parse()
    except S.Invalid:
        return failure(state, endpoint, rid, invalid_request())
    try:
        auth = authenticate_sdk(header, state.keys, state.limiter)
    except ApiError as err:
        return failure(state, endpoint, rid, err)
    return run_handler(state, endpoint, rid, auth, parsed, handler)


def query_scope(request: Request) -> dict[str, Any]:
    scope = {}
    for name in ("tenantId", "userId", "projectId"):
        value = request.query_params.get(name)
        if value is not None:
            scope[name] = value
    return scope


Endpoint = Callable[[Request], Awaitable[Response]]


def body_route(state: State, path: str, schema: S.Validator, handler: Handler) -> Endpoint:
    async def endpoint(request: Request) -> Response:
        raw = await request.body()
        header = request.headers.get("authorization")
        return await run_in_threadpool(
            runtime_flow, state, path, header, lambda: schema(S.parse_json(raw)), handler
        )

    return endpoint


def cors(methods: str) -> Endpoint:
    async def endpoint(request: Request) -> Response:
        return Response(
            status_code=204,
            headers={
                "Access-Control-Allow-Origin": "*",
                "Access-Control-Allow-Methods": methods,
                "Access-Control-Allow-Headers": "Content-Type, Authorization",
            },
        )

    return endpoint


class Router:
    """path -> {method: endpoint}; 404 for unknown paths, 405 with an empty body for other methods."""

    def __init__(self) -> None:
        self.routes: dict[str, dict[str, Endpoint]] = {}
        self.patterns: list[tuple[re.Pattern[str], dict[str, Endpoint]]] = []

    def add(self, path: str, method: str, endpoint: Endpoint) -> None:
        """``path`` is exact, or has one ``{name}`` segment (a Next.js ``[name]`` directory)."""
        if "{" not in path:
            self.routes.setdefault(path, {})[method] = endpoint
            return
        regex = re.compile("^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(path)) + "$")
        for pattern, methods in self.patterns:
            if pattern.pattern == regex.pattern:
                methods[method] = endpoint
                return
        self.patterns.append((regex, {method: endpoint}))

    def _match(self, request: Request, path: str) -> dict[str, Endpoint] | None:
        for pattern, methods in self.patterns:
            found = pattern.match(path)
            if found:
                request.scope["path_params"] = found.groupdict()
                return methods
        return None

    async def __call__(self, request: Request) -> Response:
        path = request.url.path
        if len(path) > 1 and path.endswith("/"):
            path = path.rstrip("/")
        methods = self.routes.get(path) or self._match(request, path)
        if methods is None:
            return Response(NOT_FOUND_HTML, 404, media_type="text/html; charset=utf-8")
        method = request.method
        if method == "HEAD" and "GET" in methods:
            response = await methods["GET"](request)
            return Response(status_code=response.status_code, headers=dict(response.headers))
        allow = ", ".join(sorted({*methods, "OPTIONS", *(["HEAD"] if "GET" in methods else [])}))
        if method == "OPTIONS" and "OPTIONS" not in methods:
            return Response(status_code=204, headers={"Allow": allow})
        endpoint = methods.get(method)
        if endpoint is None:
            return Response(b"", 405, headers={"Allow": allow})
        return await endpoint(request)


NOT_FOUND_HTML = (
    "<!DOCTYPE html><html><head><title>404: This page could not be found.</title></head>"
    "<body><h1>404</h1><h2>This page could not be found.</h2></body></html>"
)


def create_app(config: ServerConfig | None = None, state: State | None = None) -> Starlette:
    """Build the ASGI app. ``app.state.memories`` holds the :class:`State` (close it when done)."""
    from . import _handlers, _management, _mcp, _observability, _overrides, _routes_h

    state = state or State(config or ServerConfig())
    router = Router()
    _handlers.register(router, state)
    _routes_h.register(router, state)
    _management.register(router, state)
    _overrides.register(router, state)
    _observability.register(router, state)
    _mcp.register(router, state)

    async def dispatch(request: Request) -> Response:
        response = await router(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        return response

    methods = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]
    app = Starlette(routes=[Route("/{path:path}", dispatch, methods=methods)])
    app.state.memories = state
    return app
