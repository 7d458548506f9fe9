"""The ASGI application: API-key middleware (before routing), axum-like routing (404/405 with
empty bodies), request dispatch under the store lock, and the 501 answer for unimplemented routes."""

from __future__ import annotations

import hmac
import logging
import re
from typing import Any
from urllib.parse import parse_qsl, unquote

from starlette.requests import Request
from starlette.responses import Response

from ._approvals import ApprovalBroadcast
from ._config import ServerConfig
from ._http import Ctx, HttpError, empty, fail, jresp, text
from ._routes_table import ROUTES, Handler
from ._store import Store
from ._webhooks import Dispatcher

log = logging.getLogger("ai_memory.testing")
BODY_LIMIT = 2 * 1024 * 1024
_COMPILED = [
    (
        tpl,
        re.compile("^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(tpl)) + "$"),
        tpl.count("{"),
        m,
    )
    for tpl, m in ROUTES
]


def match(path: str) -> tuple[str, dict[str, Handler], dict[str, str]] | None:
    """Most specific template wins (static segments before ``{param}``), as in axum/matchit."""
    best = None
    for tpl, rx, nparams, methods in _COMPILED:
        m = rx.match(path)
        if m and (best is None or nparams < best[0]):
            best = (nparams, tpl, methods, m.groupdict())
    return None if best is None else (best[1], best[2], best[3])


class LocalApp:
    """ASGI callable. ``store`` and ``dispatcher`` are public for tests (e.g. ``wait_idle``)."""

    def __init__(self, config: ServerConfig | None = None) -> None:
        self.config = config or ServerConfig()
        self.store = Store(self.config)
        self.dispatcher = Dispatcher(self.store)
        self.approvals = ApprovalBroadcast()

    def close(self) -> None:
        self.dispatcher.close()
        self.store.close()

    def _authorized(self, request: Request) -> bool:
        key = self.config.api_key
        if key is None or request.url.path == "/api/v1/health":
            return True
        want = key.encode()
        got = request.headers.get("x-api-key")
        if got is not None and hmac.compare_digest(got.encode(), want):
            return True
        pairs = parse_qsl(request.scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
        return any(k == "api_key" and hmac.compare_digest(v.encode(), want) for k, v in pairs)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            while True:
                msg = await receive()
                if msg["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif msg["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        if scope["type"] != "http":
            return
        request = Request(scope, receive)
        response = await self._handle(request)
        if request.method == "HEAD":
            response.body = b""
        await response(scope, receive, send)

    async def _handle(self, request: Request) -> Response:
        if not self._authorized(request):
            return jresp(401, {"error": "missing or invalid API key"})
        path = request.url.path
        # As axum: route on the percent-encoded path, then decode each parameter (a ``%2F`` in
        # ``/namespaces/a%2Fb/standard`` is part of the namespace, not a segment separator).
        raw_path = request.scope.get("raw_path")
        found = match(raw_path.decode("latin-1").split("?", 1)[0] if raw_path else path)
        if found is None:
            return empty(404)
        tpl, methods, params = found
        params = {name: unquote(value) for name, value in params.items()}
        method = "GET" if request.method == "HEAD" else request.method
        if method not in methods:
            allowed = [*methods] + (["HEAD"] if "GET" in methods else [])
            return empty(405, {"allow": ",".join(allowed)})
        handler = methods[method]
        if handler is None:
            return jresp(501, {"error": f"not implemented by the local ai-memory server: {method} {tpl}"})
        body = b""
        async for chunk in request.stream():
            body += chunk
            if len(body) > BODY_LIMIT:
                if tpl == "/api/v1/memories" and method == "POST":
                    return jresp(400, {"error": "invalid request body", "fields": []})
                return text(413, "Failed to buffer the request body: length limit exceeded")
        ctx = Ctx(
            app=self,
            method=method,
            path=path,
            params=params,
            raw_query=request.scope.get("query_string", b"").decode("latin-1"),
            headers=request.headers,
            body=body,
        )
        try:
            with self.store.lock:
                return handler(ctx)  # type: ignore[no-any-return]
        except HttpError as exc:
            return exc.response
        except Exception:
            log.exception("internal error on %s %s", method, path)
            return fail(500, "internal server error").response
