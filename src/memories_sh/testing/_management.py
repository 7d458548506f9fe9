"""Management keys (§3.14): the legacy ``/api/mcp/key`` handler and its SDK wrapper; tenant body parsing.

[H] ``management/tenants`` and ``/api/mcp/tenants`` are gone (see :mod:`._overrides`)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from . import _schemas as S
from ._app import PREFIX, Router, State, failure, json_response, success
from ._auth import RateLimiter, key_preview
from ._common import ApiError, error_type_for_status, iso, js_trim, parse_iso, request_id
from ._config import generate_api_key

Legacy = tuple[int, Any, dict[str, str]]
SUNSET = "Tue, 30 Jun 2026 00:00:00 GMT"


def _session_user(state: State, request: Request) -> str | None:
    cfg = state.config
    if cfg.session_cookie_value and request.cookies.get(cfg.session_cookie_name) == cfg.session_cookie_value:
        return cfg.owner_id
    return None


def _limited(limiter: RateLimiter, user: str) -> Legacy | None:
    d = limiter.check(user)
    if d.allowed:
        return None
    return (
        429,
        {"error": "Too many requests"},
        {
            "X-RateLimit-Limit": str(d.limit),
            "X-RateLimit-Remaining": str(d.remaining),
            "X-RateLimit-Reset": str(d.reset_ms),
            "Retry-After": str(d.retry_after),
        },
    )


def _key_status(state: State, user: str) -> dict[str, Any]:
    """[H] GET: the primary key's fields plus every unrevoked key (``listUserApiKeys``)."""
    records = [
        {
            "id": key_id,
            "keyPreview": key_preview(spec.key),
            "createdAt": iso(spec.created_at),
            "expiresAt": iso(spec.expires_at) if spec.expires_at else None,
            "isExpired": not state.keys.is_active(spec),
        }
        for key_id, spec in state.keys.keys(user)
    ]
    if not records:
        return {"hasKey": False, "keys": []}
    primary = next((r for r in records if not r["isExpired"]), records[0])
    return {
        "hasKey": True,
        "keyCount": len(records),
        "activeKeyCount": sum(1 for r in records if not r["isExpired"]),
        "keyPreview": primary["keyPreview"],
        "createdAt": primary["createdAt"],
        "expiresAt": primary["expiresAt"],
        "isExpired": primary["isExpired"],
        "keys": records,
    }


def keys_legacy(state: State, request: Request, method: str, raw: bytes) -> Legacy:
    user = _session_user(state, request)
    if user is None:
        return 401, {"error": "Unauthorized"}, {}
    limited = _limited(state.api_limiter, user)
    if limited:
        return limited
    if method == "GET":
        return 200, _key_status(state, user), {}
    if method == "DELETE":  # [H] ?keyId= revokes one key, otherwise all of them
        key_id = js_trim(request.query_params.get("keyId") or "") or None
        count = state.keys.revoke(user, key_id)
        if key_id and count == 0:
            return 404, {"error": "API key not found"}, {}
        return 200, {"ok": True, "revokedCount": count, "revokedKeyId": key_id}, {}
    try:
        body = S.parse_json(raw)
    except S.Invalid:
        body = {}
    raw_expiry = body.get("expiresAt") if isinstance(body, dict) else None
    if not isinstance(raw_expiry, str) or not js_trim(raw_expiry):
        return 400, {"error": "expiresAt is required"}, {}
    expiry = parse_iso(raw_expiry)
    if expiry is None:
        return 400, {"error": "expiresAt must be a valid ISO datetime"}, {}
    now = state.config.now()
    if expiry <= now + timedelta(minutes=1):
        return 400, {"error": "expiresAt must be at least 1 minute in the future"}, {}
    if expiry > now + timedelta(days=365):
        return 400, {"error": "expiresAt cannot be more than 365 days in the future"}, {}
    key = generate_api_key()
    key_id, spec = state.keys.create(user, key, expiry)
    return (
        200,
        {
            "apiKey": key,
            "keyId": key_id,
            "keyPreview": key_preview(key),
            "createdAt": iso(spec.created_at),
            "expiresAt": iso(expiry),
            "message": "Save this key - it won't be shown again",
        },
        {},
    )


def _public(mapping: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in mapping.items() if not k.startswith("_")}


def _tenant_body(raw: bytes) -> dict[str, Any] | str:
    try:
        body = S.parse_json(raw)
    except S.Invalid:
        body = {}
    if not isinstance(body, dict):
        return "Invalid input: expected object, received " + (
            "array" if isinstance(body, list) else type(body).__name__
        )
    tenant = body.get("tenantId")
    if not isinstance(tenant, str):
        received = "undefined" if tenant is None else type(tenant).__name__
        return f"Invalid input: expected string, received {received}"
    tenant = js_trim(tenant)
    if not tenant:
        return "tenantId is required"
    if len(tenant) > 120:
        return "tenantId is too long"
    mode = body.get("mode", "provision")
    if mode not in ("provision", "attach"):
        return 'Invalid option: expected one of "provision"|"attach"'
    for name in ("tursoDbUrl", "tursoDbToken", "tursoDbName"):
        if name in body and not isinstance(body[name], str):
            return "Invalid input: expected string"
    metadata = body.get("metadata")
    if "metadata" in body and not isinstance(metadata, dict):
        return "Invalid input: expected record"
    return {
        "tenantId": tenant,
        "mode": mode,
        "metadata": metadata,
        **{k: js_trim(body[k]) for k in ("tursoDbUrl", "tursoDbToken", "tursoDbName") if k in body},
    }


def _wrap(state: State, endpoint: str, code: str, legacy: Legacy) -> Response:
    status, body, _ = legacy
    rid = request_id()
    if 200 <= status < 300:
        return success(state, endpoint, rid, body, status)
    details = body if isinstance(body, dict) else None
    message = (
        (details or {}).get("error")
        or (details or {}).get("message")
        or f"Legacy endpoint failed with status {status}"
    )
    err = ApiError(
        error_type_for_status(status), code, message, status, status == 429 or status >= 500, details
    )
    return failure(state, endpoint, rid, err)


def register(router: Router, state: State) -> None:
    specs = (("keys", "/api/mcp/key", keys_legacy, "LEGACY_MCP_KEY_ERROR"),)  # [H] tenants: removed
    for name, legacy_path, fn, code in specs:
        endpoint = f"{PREFIX}/management/{name}"
        successor = endpoint

        def make(
            fn: Any = fn, endpoint: str = endpoint, code: str = code, successor: str = successor
        ) -> tuple[Any, Any]:
            async def wrapped(request: Request) -> Response:
                raw = await request.body()
                legacy = await run_in_threadpool(fn, state, request, request.method, raw)
                return _wrap(state, endpoint, code, legacy)

            async def legacy_route(request: Request) -> Response:
                raw = await request.body()
                status, body, headers = await run_in_threadpool(fn, state, request, request.method, raw)
                headers = {
                    **headers,
                    "Deprecation": "true",
                    "Sunset": SUNSET,
                    "Link": f'<{successor}>; rel="successor-version"',
                }
                return json_response(body, status, headers)

            return wrapped, legacy_route

        sdk_endpoint, legacy_endpoint = make()
        for method in ("GET", "POST", "DELETE"):
            router.add(endpoint, method, sdk_endpoint)
            router.add(legacy_path, method, legacy_endpoint)
