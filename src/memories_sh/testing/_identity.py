"""[H] ``management/identity.ts``: a ``mem_`` key OR a dashboard session, and query validation."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from . import _schemas as S
from ._app import State, failure, success
from ._auth import AuthContext, authenticate_sdk, extract_bearer, hash_key
from ._common import ApiError, internal_error, request_id

log = logging.getLogger("memories_sh.testing")
Managed = Callable[[State, AuthContext, dict[str, Any]], tuple[Any, int]]


def _rate_limited(state: State, strict: bool, user: str) -> ApiError | None:
    decision = (state.strict_limiter if strict else state.api_limiter).check(user)
    if decision.allowed:
        return None
    return ApiError(
        "rate_limit_error",
        "RATE_LIMITED",
        "Too many requests",
        429,
        True,
        {"retryAfterSeconds": max(1, decision.retry_after)},
    )


def identify(state: State, request: Request, strict: bool, missing: str, expired: str) -> AuthContext:
    """The key wins when a Bearer header is present; otherwise the session cookie (then its key)."""
    header = request.headers.get("authorization")
    if extract_bearer(header):
        auth = authenticate_sdk(header, state.keys, state.limiter)
        limited = _rate_limited(state, True, auth.owner_id) if strict else None
        if limited:
            raise limited
        return auth
    cfg = state.config
    cookie = request.cookies.get(cfg.session_cookie_name)
    if not cfg.session_cookie_value or cookie != cfg.session_cookie_value:
        raise ApiError("auth_error", "UNAUTHORIZED", "Unauthorized", 401)
    limited = _rate_limited(state, strict, cfg.owner_id)
    if limited:
        raise limited
    spec = state.keys.primary(cfg.owner_id)
    if spec is None:
        raise ApiError("validation_error", "MISSING_API_KEY", missing, 400)
    if not state.keys.is_active(spec):
        raise ApiError("auth_error", "API_KEY_EXPIRED", expired, 401)
    return AuthContext(owner_id=cfg.owner_id, key_hash=hash_key(spec.key), auth_mode="session")


def query_dict(request: Request, names: tuple[str, ...]) -> dict[str, Any]:
    return {n: request.query_params[n] for n in names if n in request.query_params}


def coerce_int(value: Any) -> Any:
    """``z.coerce.number()`` of a query value (``Number("")`` is 0; non-numbers stay invalid)."""
    text = str(value).strip()
    try:
        number = float(text) if text else 0.0
    except ValueError:
        raise S.Invalid("expected number") from None
    return int(number) if number.is_integer() else number


def managed_route(
    state: State,
    endpoint: str,
    handler: Managed,
    parse: Callable[[Request, bytes], dict[str, Any]],
    what: str,
    strict: bool = False,
) -> Callable[[Request], Any]:
    """identity -> parse (400 INVALID_REQUEST with the first issue's message) -> handler."""

    async def route(request: Request) -> Response:
        raw = await request.body()

        def flow() -> Response:
            rid = request_id()
            try:
                auth = identify(
                    state,
                    request,
                    strict,
                    f"Generate an API key before {what}",
                    f"API key expired. Generate a new key before {what}.",
                )
                try:
                    parsed = parse(request, raw)
                except S.Invalid as exc:
                    raise ApiError(
                        "validation_error", "INVALID_REQUEST", str(exc) or "Invalid request payload", 400
                    ) from None
                data, status = handler(state, auth, parsed)
                return success(state, endpoint, rid, data, status)
            except ApiError as err:
                return failure(state, endpoint, rid, err)
            except Exception:  # the routes' catch-all: an envelope, never a bare 500
                log.exception("internal error in %s", endpoint)
                return failure(state, endpoint, rid, internal_error())

        return await run_in_threadpool(flow)

    return route
