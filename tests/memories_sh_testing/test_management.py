"""management/keys (session, LEGACY wrapper) and [H] tenant-overrides / tenant-routing (key or session)."""

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
    assert list(new) == ["apiKey", "keyId", "keyPreview", "createdAt", "expiresAt", "message"]
    assert new["message"] == "Save this key - it won't be shown again"
    # [H] keys accumulate: the old key stays valid, the newest active one is shown
    assert api.post("/memories/list", {}).status_code == 200
    assert api.post("/memories/list", {}, key=new["apiKey"]).status_code == 200
    d = api.http.get(SDK + "/management/keys", headers=h).json()["data"]
    assert (d["keyCount"], d["activeKeyCount"], d["keyPreview"]) == (2, 2, new["keyPreview"])
    assert d["keys"][0]["id"] == new["keyId"]
    assert set(d["keys"][0]) == {"id", "keyPreview", "createdAt", "expiresAt", "isExpired"}
    r = api.http.delete(SDK + "/management/keys", params={"keyId": "nope"}, headers=h)
    assert r.status_code == 404 and r.json()["error"]["message"] == "API key not found"
    r = api.http.delete(SDK + "/management/keys", params={"keyId": new["keyId"]}, headers=h)
    assert r.json()["data"] == {"ok": True, "revokedCount": 1, "revokedKeyId": new["keyId"]}
    api.err("/memories/list", {}, 401, "INVALID_API_KEY", key=new["apiKey"])
    r = api.http.delete(SDK + "/management/keys", headers=h)
    assert r.json()["data"] == {"ok": True, "revokedCount": 1, "revokedKeyId": None}
    assert api.http.get(SDK + "/management/keys", headers=h).json()["data"] == {"hasKey": False, "keys": []}
    api.err("/memories/list", {}, 401, "INVALID_API_KEY")


def test_tenant_overrides_crud(make_api, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    api = make_api(clock=clock, auto_provision_tenants=False)
    path = SDK + "/management/tenant-overrides"
    cli = {"Authorization": f"Bearer {api.server.config.cli_token}"}
    # [H] a mem_ key OR the session; a cli_ token is a malformed key; nothing -> UNAUTHORIZED
    assert api.http.get(path, headers=cli).json()["error"]["code"] == "INVALID_API_KEY_FORMAT"
    assert api.http.get(path).json()["error"]["code"] == "UNAUTHORIZED"
    listed = api.http.get(path, headers=api.auth()).json()["data"]
    assert (listed["tenantDatabases"], listed["count"]) == ([], 0)
    assert set(listed["billing"]) == {
        "plan",
        "includedProjects",
        "overageUsdPerProject",
        "maxProjectsPerMonth",
        "activeProjects",
    }
    r = api.http.post(path, json={"tenantId": " "}, headers=api.auth())
    assert r.status_code == 400
    assert (r.json()["error"]["code"], r.json()["error"]["message"]) == (
        "INVALID_REQUEST",
        "tenantId is required",
    )
    api.err("/memories/list", {"scope": {"tenantId": "acme-prod"}}, 404, "TENANT_DATABASE_NOT_CONFIGURED")
    r = api.http.post(
        path, json={"tenantId": "acme-prod", "metadata": {"region": "us"}}, headers=_cookie(api)
    )
    assert r.status_code == 200
    d = r.json()["data"]
    assert d["provisioned"] is True and d["mode"] == "provision" and d["billing"]["activeProjects"] == 1
    assert list(d["tenantDatabase"]) == [
        "tenantId",
        "tursoDbUrl",
        "tursoDbName",
        "status",
        "source",
        "metadata",
        "createdAt",
        "updatedAt",
        "lastVerifiedAt",
    ]
    assert d["tenantDatabase"]["metadata"] == {"region": "us"} and d["tenantDatabase"]["source"] == "override"
    again = api.http.post(path, json={"tenantId": "acme-prod"}, headers=api.auth()).json()["data"]
    assert again["provisioned"] is False and "billing" not in again
    api.ok("/memories/add", {"content": "x", "scope": {"tenantId": "acme-prod"}}, 201)
    eff = api.http.get(SDK + "/management/tenant-routing/effective?tenantId=acme-prod", headers=api.auth())
    data = eff.json()["data"]
    assert data["decision"]["code"] == "MAPPING_READY" and data["resolvedTarget"]["kind"] == "tenant_database"
    assert data["ownerScope"]["authMode"] == "api_key" and data["mapping"]["source"] == "override"
    r = api.http.delete(path + "?tenantId=acme-prod", headers=api.auth())
    assert r.json()["data"]["status"] == "disabled" and r.json()["data"]["ok"] is True
    err = api.err("/memories/list", {"scope": {"tenantId": "acme-prod"}}, 409, "TENANT_DATABASE_NOT_READY")
    assert err["details"] == {"tenant_id": "acme-prod", "status": "disabled"}
    eff = api.http.get(SDK + "/management/tenant-routing/effective?tenantId=acme-prod", headers=_cookie(api))
    assert eff.json()["data"]["decision"]["code"] == "MAPPING_NOT_READY"
    assert eff.json()["data"]["ownerScope"]["authMode"] == "session"
    r = api.http.delete(path + "?tenantId=ghost", headers=api.auth())
    assert r.status_code == 404 and r.json()["error"]["code"] == "TENANT_OVERRIDE_NOT_FOUND"
    r = api.http.delete(path, headers=api.auth())
    assert r.status_code == 400 and r.json()["error"]["message"] == "tenantId is required"
    attach = {"tenantId": "x", "mode": "attach", "tursoDbUrl": "http://x"}
    r = api.http.post(path, json=attach, headers=api.auth())
    assert r.status_code == 400
    assert r.json()["error"]["message"] == "tursoDbUrl must start with libsql:// when mode is attach"
    # [H] management/tenants and /api/mcp/tenants are gone
    assert api.http.get(SDK + "/management/tenants", headers=_cookie(api)).status_code == 404
    assert api.http.get("/api/mcp/tenants", headers=_cookie(api)).status_code == 404


def test_tenant_routing_without_mapping(api: Api) -> None:
    eff = api.http.get(SDK + "/management/tenant-routing/effective?tenantId=new", headers=api.auth()).json()
    assert eff["data"]["decision"]["code"] == "AUTO_PROVISION_ELIGIBLE"
    assert eff["data"]["mapping"]["exists"] is False and eff["data"]["resolvedTarget"]["kind"] == "none"
    api.ok("/memories/add", {"content": "x", "scope": {"tenantId": "new"}}, 201)  # auto-provisioned
    eff = api.http.get(SDK + "/management/tenant-routing/effective?tenantId=new", headers=api.auth()).json()
    assert eff["data"]["mapping"]["source"] == "auto"
    bad = api.http.get(SDK + "/management/tenant-routing/effective", headers=api.auth())
    assert bad.status_code == 400 and bad.json()["error"]["code"] == "INVALID_REQUEST"


def test_tenant_overrides_strict_rate_limit(make_api, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    api = make_api(clock=clock, management_strict_rate_limit=1)
    path = SDK + "/management/tenant-overrides"
    assert api.http.post(path, json={"tenantId": "a"}, headers=api.auth()).status_code == 200
    r = api.http.post(path, json={"tenantId": "b"}, headers=api.auth())
    assert r.status_code == 429
    err = r.json()["error"]
    assert (err["type"], err["code"], err["retryable"]) == ("rate_limit_error", "RATE_LIMITED", True)
    assert err["details"]["retryAfterSeconds"] >= 1
    assert api.http.get(path, headers=api.auth()).status_code == 200  # GET is not strict-limited
