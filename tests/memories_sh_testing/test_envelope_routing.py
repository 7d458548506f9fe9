"""The envelope, meta, headers, 404/405/OPTIONS behaviour."""

from __future__ import annotations

import uuid

from .conftest import ISO_MS_Z, SDK, Api

RUNTIME = [
    "context/get",
    "memories/add",
    "memories/search",
    "memories/list",
    "memories/edit",
    "memories/forget",
    "skills/files/upsert",
    "skills/files/list",
    "skills/files/delete",
    "graph/trace",
]


def _check_meta(env: dict, endpoint: str) -> None:
    assert list(env) == ["ok", "data", "error", "meta"]
    meta = env["meta"]
    assert list(meta) == ["version", "endpoint", "requestId", "timestamp"]
    assert meta["version"] == "2026-02-11"
    assert meta["endpoint"] == endpoint
    assert uuid.UUID(meta["requestId"]).version == 4
    assert ISO_MS_Z.match(meta["timestamp"])


def test_health_envelope(api: Api) -> None:
    r = api.http.get(SDK + "/health")
    assert r.status_code == 200
    env = r.json()
    _check_meta(env, SDK + "/health")
    assert env["data"] == {"status": "ok", "service": "memories-sdk", "schemaVersion": "2026-02-11"}
    assert r.headers["x-frame-options"] == "DENY"
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "x-request-id" not in r.headers


def test_request_ids_are_fresh_and_endpoint_has_no_query(api: Api) -> None:
    ids = {api.http.get(SDK + "/health?x=1").json()["meta"]["requestId"] for _ in range(5)}
    assert len(ids) == 5
    env = api.http.get(SDK + "/graph/rollout?tenantId=t1", headers=api.auth()).json()
    assert env["meta"]["endpoint"] == SDK + "/graph/rollout"


def test_error_envelope_omits_details(api: Api) -> None:
    r = api.post("/memories/add", {"content": ""})
    env = r.json()
    _check_meta(env, SDK + "/memories/add")
    assert env["error"] == {
        "type": "validation_error",
        "code": "INVALID_REQUEST",
        "message": "Invalid request payload",
        "status": 400,
        "retryable": False,
    }
    assert "details" not in env["error"]


def test_success_envelope_on_every_runtime_route(api: Api) -> None:
    memory = api.ok("/memories/add", {"content": "x"}, 201)["id"]
    bodies = {
        "memories/add": {"content": "x"},
        "memories/search": {"query": "x"},
        "memories/edit": {"id": memory, "content": "y"},
        "memories/forget": {"id": "abc"},
        "skills/files/upsert": {"path": "a.md", "content": "c"},
        "skills/files/delete": {"path": "a.md"},
    }
    for route in RUNTIME:
        r = api.post("/" + route, bodies.get(route, {}))
        assert r.status_code in (200, 201), (route, r.text)
        env = r.json()
        _check_meta(env, SDK + "/" + route)
        assert env["ok"] is True and env["error"] is None


def test_unsupported_method_is_empty_405(api: Api) -> None:
    for method, route in [
        ("GET", "/memories/add"),
        ("PUT", "/context/get"),
        ("DELETE", "/graph/status"),
        ("PATCH", "/graph/status"),
        ("POST", "/health"),
        ("PUT", "/management/keys"),
    ]:
        r = api.http.request(method, SDK + route, headers=api.auth())
        assert r.status_code == 405, (method, route)
        assert r.content == b""
    r = api.http.put("/api/mcp")
    assert r.status_code == 405 and r.content == b""


def test_options_cors(api: Api) -> None:
    expected = {
        "/context/get": "POST, OPTIONS",
        "/graph/status": "GET, POST, OPTIONS",
        "/graph/rollout": "GET, POST, PATCH, OPTIONS",
        "/skills/files/delete": "POST, OPTIONS",
    }
    for route, methods in expected.items():
        r = api.http.options(SDK + route)
        assert r.status_code == 204
        assert r.content == b""
        assert r.headers["access-control-allow-origin"] == "*"
        assert r.headers["access-control-allow-methods"] == methods
        assert r.headers["access-control-allow-headers"] == "Content-Type, Authorization"
    r = api.post("/memories/list", {})
    assert "access-control-allow-origin" not in r.headers


def test_unknown_path_404_not_envelope(api: Api) -> None:
    r = api.http.post(SDK + "/memories/nope", json={}, headers=api.auth())
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("text/html")
    r = api.http.get("/api/sdk/v2/health")
    assert r.status_code == 404
