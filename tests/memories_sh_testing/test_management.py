"""management/keys and management/tenants behind their own credentials (LEGACY_* wrappers)."""

from __future__ import annotations

from datetime import timedelta

from .conftest import SDK, Api, Clock


def _cookie(api: Api) -> dict[str, str]:
    cfg = api.server.config
    return {"Cookie": f"{cfg.session_cookie_name}={cfg.session_cookie_value}"}


def test_keys_requires_session(api: Api) -> None:
    r = api.http.get(SDK + "/management/keys", headers=api.auth())  # a mem_ key does not work
    assert r.status_code == 401
    assert r.json()["error"] == {
        "type": "auth_error",
        "code": "LEGACY_MCP_KEY_ERROR",
        "message": "Unauthorized",
        "status": 401,
        "retryable": False,
        "details": {"error": "Unauthorized"},
    }
    cli = {"Authorization": f"Bearer {api.server.config.cli_token}"}
    assert api.http.get(SDK + "/management/keys", headers=cli).status_code == 401


def test_keys_get_rotate_revoke(api: Api, clock: Clock) -> None:
    h = _cookie(api)
    d = api.http.get(SDK + "/management/keys", headers=h).json()["data"]
    assert d["hasKey"] is True and d["isExpired"] is False
    assert d["keyPreview"] == api.key[:12] + "*" * 20 + api.key[-4:]
    bad = api.http.post(SDK + "/management/keys", json={}, headers=h)
    assert bad.status_code == 400 and bad.json()["error"]["message"] == "expiresAt is required"
    assert bad.json()["error"]["type"] == "validation_error"
    soon = (clock() + timedelta(seconds=30)).isoformat()
    assert api.http.post(SDK + "/management/keys", json={"expiresAt": soon}, headers=h).status_code == 400
    expires = (clock() + timedelta(days=30)).isoformat().replace("+00:00", "Z")
    r = api.http.post(SDK + "/management/keys", json={"expiresAt": expires}, headers=h)
    assert r.status_code == 200
    new = r.json()["data"]
    assert set(new) == {"apiKey", "keyPreview", "createdAt", "expiresAt", "message"}
    assert new["message"] == "Save this key - it won't be shown again"
    api.err("/memories/list", {}, 401, "INVALID_API_KEY")  # rotated away
    assert api.post("/memories/list", {}, key=new["apiKey"]).status_code == 200
    assert api.http.delete(SDK + "/management/keys", headers=h).json()["data"] == {"ok": True}
    assert api.http.get(SDK + "/management/keys", headers=h).json()["data"] == {"hasKey": False}
    api.err("/memories/list", {}, 401, "INVALID_API_KEY", key=new["apiKey"])


def test_tenants_crud(make_api, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    api = make_api(clock=clock, auto_provision_tenants=False)
    cli = {"Authorization": f"Bearer {api.server.config.cli_token}"}
    assert (
        api.http.get(SDK + "/management/tenants", headers=api.auth()).json()["error"]["code"]
        == "LEGACY_MCP_TENANTS_ERROR"
    )
    assert api.http.get(SDK + "/management/tenants", headers=cli).json()["data"] == {
        "tenantDatabases": [],
        "count": 0,
    }
    r = api.http.post(SDK + "/management/tenants", json={"tenantId": " "}, headers=cli)
    assert r.status_code == 400
    assert r.json()["error"]["details"] == {"error": "tenantId is required"}
    api.err("/memories/list", {"scope": {"tenantId": "acme-prod"}}, 404, "TENANT_DATABASE_NOT_CONFIGURED")
    r = api.http.post(
        SDK + "/management/tenants",
        json={"tenantId": "acme-prod", "metadata": {"region": "us"}},
        headers=_cookie(api),
    )
    assert r.status_code == 200
    d = r.json()["data"]
    assert d["provisioned"] is True and d["mode"] == "provision"
    assert set(d["tenantDatabase"]) == {
        "tenantId",
        "tursoDbUrl",
        "tursoDbName",
        "status",
        "metadata",
        "createdAt",
        "updatedAt",
        "lastVerifiedAt",
    }
    assert d["tenantDatabase"]["metadata"] == {"region": "us"}
    assert (
        api.http.post(SDK + "/management/tenants", json={"tenantId": "acme-prod"}, headers=cli).json()[
            "data"
        ]["provisioned"]
        is False
    )
    api.ok("/memories/add", {"content": "x", "scope": {"tenantId": "acme-prod"}}, 201)
    assert api.http.get(SDK + "/management/tenants", headers=cli).json()["data"]["count"] == 1
    r = api.http.delete(SDK + "/management/tenants?tenantId=acme-prod", headers=cli)
    assert r.json()["data"]["status"] == "disabled" and r.json()["data"]["ok"] is True
    err = api.err("/memories/list", {"scope": {"tenantId": "acme-prod"}}, 409, "TENANT_DATABASE_NOT_READY")
    assert err["details"] == {"tenant_id": "acme-prod", "status": "disabled"}
    r = api.http.delete(SDK + "/management/tenants?tenantId=ghost", headers=cli)
    assert r.status_code == 404 and r.json()["error"]["type"] == "not_found_error"
    r = api.http.post(
        SDK + "/management/tenants",
        json={"tenantId": "x", "mode": "attach", "tursoDbUrl": "http://x"},
        headers=cli,
    )
    assert r.status_code == 400
    legacy = api.http.get("/api/mcp/tenants", headers=cli)
    assert legacy.headers["deprecation"] == "true" and "tenantDatabases" in legacy.json()


def test_tenants_strict_rate_limit(make_api, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    api = make_api(clock=clock, management_strict_rate_limit=1)
    cli = {"Authorization": f"Bearer {api.server.config.cli_token}"}
    assert api.http.post(SDK + "/management/tenants", json={"tenantId": "a"}, headers=cli).status_code == 200
    r = api.http.post(SDK + "/management/tenants", json={"tenantId": "b"}, headers=cli)
    assert r.status_code == 429
    err = r.json()["error"]
    assert (err["type"], err["retryable"], err["details"]) == (
        "rate_limit_error",
        True,
        {"error": "Too many requests"},
    )
