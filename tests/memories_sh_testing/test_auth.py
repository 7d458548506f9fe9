"""§1.3/§1.4: the order of authentication checks, the rate limiter, key expiry."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

from memories_sh.testing import ApiKey, generate_api_key

from .conftest import SDK, Api, Clock


def _auth_err(
    api: Api, header: str | None, code: str, status: int = 401, route: str = "/memories/list"
) -> Any:
    headers = {} if header is None else {"Authorization": header}
    r = api.http.post(SDK + route, json={}, headers=headers)
    assert r.status_code == status, r.text
    err = r.json()["error"]
    assert err["code"] == code
    return err


def test_missing_and_non_bearer(api: Api) -> None:
    err = _auth_err(api, None, "MISSING_API_KEY")
    assert err == {
        "type": "auth_error",
        "code": "MISSING_API_KEY",
        "message": "Missing API key",
        "status": 401,
        "retryable": False,
    }
    _auth_err(api, "Token " + api.key, "MISSING_API_KEY")
    _auth_err(api, "Bearer", "MISSING_API_KEY")


def test_bearer_is_case_insensitive_and_trimmed(api: Api) -> None:
    """[H] ``/^Bearer\\s+(.+)$/i`` on the trimmed header; the token is trimmed (SDK routes only)."""
    for header in ("bearer " + api.key, "BEARER\t" + api.key, "Bearer   " + api.key):
        r = api.http.post(SDK + "/memories/list", json={}, headers={"Authorization": header})
        assert r.status_code == 200, header
    # /api/mcp keeps the exact "Bearer " prefix and does not trim
    r = api.http.post(
        "/api/mcp",
        json={"jsonrpc": "2.0", "id": 1, "method": "ping"},
        headers={"Authorization": "bearer " + api.key},
    )
    assert r.status_code == 401 and r.json()["errorDetail"]["code"] == "MISSING_API_KEY"


def test_invalid_format(api: Api) -> None:
    err = _auth_err(api, "Bearer mcp_" + "a" * 64, "INVALID_API_KEY_FORMAT")
    assert err["message"] == "Invalid API key format" and err["type"] == "auth_error"
    _auth_err(api, "Bearer mem_" + "A" * 64, "INVALID_API_KEY_FORMAT")
    _auth_err(api, "Bearer " + api.key + "x", "INVALID_API_KEY_FORMAT")


def test_unknown_key_is_invalid(api: Api) -> None:
    err = _auth_err(api, "Bearer " + generate_api_key(), "INVALID_API_KEY")
    assert err["message"] == "Invalid API key"


def test_expired_key(make_api: Callable[..., Api], clock: Clock) -> None:
    expired = generate_api_key()
    soon = generate_api_key()
    api = make_api(
        clock=clock,
        keys=[
            generate_api_key(),
            ApiKey(expired, expires_at=clock() - timedelta(days=1)),
            ApiKey(soon, expires_at=clock() + timedelta(hours=1)),
            ApiKey(generate_api_key(), expires_at=None),
        ],
    )
    err = _auth_err(api, "Bearer " + expired, "API_KEY_EXPIRED")
    assert err["message"] == "API key expired. Generate a new key from memories.sh/app."
    assert api.post("/memories/list", {}, key=soon).status_code == 200
    clock.advance(hours=2)
    _auth_err(api, "Bearer " + soon, "API_KEY_EXPIRED")


def test_rate_limit_before_lookup_and_per_key(make_api: Callable[..., Api], clock: Clock) -> None:
    api = make_api(clock=clock, rate_limit=3, rate_limit_window=60)
    for _ in range(3):
        assert api.post("/memories/list", {}).status_code == 200
    err = _auth_err(api, "Bearer " + api.key, "RATE_LIMITED", 429)
    assert err["type"] == "rate_limit_error" and err["retryable"] is True
    assert err["message"] == "Too many requests"
    assert (
        isinstance(err["details"]["retryAfterSeconds"], int)
        and 1 <= err["details"]["retryAfterSeconds"] <= 60
    )
    r = api.post("/memories/list", {})
    assert "retry-after" not in r.headers
    # unknown but well-formed keys are limited too (the limiter runs before the lookup)
    unknown = "Bearer " + generate_api_key()
    for _ in range(3):
        _auth_err(api, unknown, "INVALID_API_KEY")
    _auth_err(api, unknown, "RATE_LIMITED", 429)
    # malformed keys never reach the limiter
    for _ in range(5):
        _auth_err(api, "Bearer nope", "INVALID_API_KEY_FORMAT")
    # the window slides
    clock.advance(seconds=61)
    assert api.post("/memories/list", {}).status_code == 200


def test_rate_limit_runs_before_body_validation(make_api: Callable[..., Api], clock: Clock) -> None:
    api = make_api(clock=clock, rate_limit=1)
    api.err("/memories/add", {"content": ""}, 400, "INVALID_REQUEST")
    api.err("/memories/add", {"content": ""}, 429, "RATE_LIMITED")


def test_auth_before_validation_except_rollout(api: Api) -> None:
    r = api.http.post(SDK + "/memories/add", content=b"not json")
    assert r.json()["error"]["code"] == "MISSING_API_KEY"
    r = api.http.post(SDK + "/graph/rollout", json={"mode": "bogus"})
    assert r.status_code == 400 and r.json()["error"]["code"] == "INVALID_REQUEST"
    r = api.http.post(SDK + "/graph/rollout", json={"mode": "off"})
    assert r.status_code == 401 and r.json()["error"]["code"] == "MISSING_API_KEY"
    r = api.http.get(SDK + "/graph/rollout?tenantId=")
    assert r.status_code == 400
    r = api.http.get(SDK + "/graph/status?tenantId=")
    assert r.status_code == 401
