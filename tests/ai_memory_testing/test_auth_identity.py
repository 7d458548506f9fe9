"""API key (§3.1), header-authoritative identity and visibility (§3.2), admin allowlist (§3.3)."""

from __future__ import annotations

import httpx
from server_test_support import agent

UNAUTH = {"error": "missing or invalid API key"}


def test_api_key(make_server) -> None:
    _, c = make_server(api_key="s3cret")
    assert c.get("/api/v1/health").status_code == 200  # exempt
    r = c.get("/api/v1/memories")
    assert r.status_code == 401 and r.json() == UNAUTH
    assert c.get("/api/v1/memories", headers={"X-API-Key": "wrong"}).status_code == 401
    assert c.get("/api/v1/memories", headers={"x-api-key": "s3cret"}).status_code == 200
    assert c.get("/api/v1/memories", params={"api_key": "s3cret"}).status_code == 200
    assert c.get("/api/v1/memories?x=1&api_key=nope&api_key=s3cret").status_code == 200
    # auth runs before routing: unknown paths and /metrics give 401
    assert c.get("/api/v1/does-not-exist").status_code == 401
    assert c.get("/metrics").status_code == 401
    assert c.post("/api/v1/cluster").json() == UNAUTH


def test_no_api_key_everything_passes(http: httpx.Client) -> None:
    assert http.get("/metrics").status_code == 200
    assert http.get("/metrics").headers["content-type"].startswith("text/plain; version=0.0.4")


def test_anonymous_cannot_read_back_but_owner_can(http: httpx.Client) -> None:
    anon = http.post("/api/v1/memories", json={"title": "anon", "content": "c"})
    assert anon.status_code == 201 and anon.json()["agent_id"].startswith("anonymous:req-")
    assert len(anon.json()["agent_id"]) == len("anonymous:req-") + 8
    assert http.get(f"/api/v1/memories/{anon.json()['id']}").status_code == 404
    own = http.post("/api/v1/memories", json={"title": "mine", "content": "c"}, headers=agent("alice")).json()
    assert http.get(f"/api/v1/memories/{own['id']}", headers=agent("alice")).status_code == 200
    assert http.get(f"/api/v1/memories/{own['id']}", headers=agent("bob")).status_code == 404
    r = http.put(f"/api/v1/memories/{own['id']}", json={"content": "x"}, headers=agent("bob"))
    assert r.status_code == 403 and r.json() == {
        "error": "caller does not own this memory",
        "owner": "alice",
        "caller": "bob",
    }
    assert http.delete(f"/api/v1/memories/{own['id']}", headers=agent("bob")).status_code == 403
    assert http.post(f"/api/v1/memories/{own['id']}/promote", headers=agent("bob")).status_code == 403
    # a team-scoped memory is readable by others
    team = http.post(
        "/api/v1/memories", json={"title": "t", "content": "c", "scope": "team"}, headers=agent("alice")
    ).json()
    assert http.get(f"/api/v1/memories/{team['id']}", headers=agent("bob")).status_code == 200


def test_body_agent_id_must_match_header(http: httpx.Client) -> None:
    r = http.post(
        "/api/v1/memories", json={"title": "t", "content": "c", "agent_id": "bob"}, headers=agent("alice")
    )
    assert r.status_code == 403
    assert r.json() == {"error": "agent_id body parameter does not match authenticated caller"}
    r = http.post(
        "/api/v1/memories",
        json={"title": "t", "content": "c", "metadata": {"agent_id": "bob"}},
        headers=agent("alice"),
    )
    assert r.status_code == 403 and r.json() == {
        "error": "metadata.agent_id does not match authenticated caller"
    }


def test_invalid_agent_ids(http: httpx.Client) -> None:
    cases = {
        "a b": "agent_id contains invalid character ' ' (allowed: alphanumeric, _-:@./)",
        "a/../b": "agent_id may not contain '..' (path-traversal guard)",
        "/etc": "agent_id may not start with '/' (path-traversal guard)",
        "daemon": "agent_id 'daemon' is reserved for internal use and cannot be supplied by wire callers",
        "x" * 129: "agent_id exceeds max length of 128 bytes",
    }
    for bad, msg in cases.items():
        r = http.post("/api/v1/memories", json={"title": "t", "content": "c"}, headers={"X-Agent-Id": bad})
        assert r.status_code == 400 and r.json() == {"error": f"invalid agent_id: {msg}"}, bad


def test_search_recall_visibility_daemon_default(http: httpx.Client) -> None:
    h = agent("alice")
    http.post("/api/v1/memories", json={"title": "in global", "content": "zebra"}, headers=h)
    http.post(
        "/api/v1/memories", json={"title": "in own ns", "content": "zebra", "namespace": "alice"}, headers=h
    )
    http.post(
        "/api/v1/memories",
        json={"title": "shared", "content": "zebra", "scope": "collective"},
        headers=agent("bob"),
    )
    titles = {
        m["title"] for m in http.get("/api/v1/search", params={"q": "zebra"}, headers=h).json()["results"]
    }
    assert titles == {"in own ns", "shared"}  # private rows only where namespace == as_agent
    rec = http.post("/api/v1/recall", json={"context": "zebra"}, headers=h).json()
    assert {m["title"] for m in rec["memories"]} == {"in own ns", "shared"}
    r = http.post("/api/v1/recall", json={"context": "zebra", "as_agent": "bob"}, headers=h)
    assert r.status_code == 403 and r.json()["error"].startswith("agent_id_query_header_mismatch")


def test_visibility_owner_and_open_modes(make_server) -> None:
    _, c = make_server(visibility="owner")
    c.post("/api/v1/memories", json={"title": "g", "content": "yak"}, headers=agent("alice"))
    assert c.get("/api/v1/search", params={"q": "yak"}, headers=agent("alice")).json()["count"] == 1
    assert c.get("/api/v1/search", params={"q": "yak"}, headers=agent("bob")).json()["count"] == 0
    _, o = make_server(visibility="open")
    mid = o.post("/api/v1/memories", json={"title": "g", "content": "yak"}).json()["id"]
    assert o.get(f"/api/v1/memories/{mid}").status_code == 200
    assert o.post("/api/v1/recall", json={"context": "yak"}).json()["count"] == 1


def test_admin_gate(http: httpx.Client, make_server) -> None:
    denied = {"error": "admin role required"}
    for method, path in (
        ("GET", "/api/v1/stats"),
        ("GET", "/api/v1/agents"),
        ("POST", "/api/v1/gc"),
        ("GET", "/api/v1/export"),
        ("GET", "/api/v1/namespaces"),
        ("GET", "/api/v1/archive"),
    ):
        r = http.request(method, path, headers=agent("alice"))
        assert r.status_code == 403 and r.json() == denied, path
    r = http.post("/api/v1/forget", json={"namespace": "x"}, headers=agent("alice"))
    assert r.status_code == 403 and r.json() == denied
    _, c = make_server(admin_agent_ids=["root"])
    c.post("/api/v1/memories", json={"title": "t", "content": "c", "namespace": "ns1"}, headers=agent("root"))
    assert c.get("/api/v1/stats", headers=agent("alice")).status_code == 403
    st = c.get("/api/v1/stats", headers=agent("root"))
    assert st.status_code == 200 and set(st.json()) == {
        "total",
        "by_tier",
        "by_namespace",
        "expiring_soon",
        "links_count",
        "db_size_bytes",
        "dim_violations",
        "index_evictions_total",
    }
    assert st.json()["total"] == 1
    assert c.get("/api/v1/namespaces", headers=agent("root")).json() == {
        "namespaces": [{"namespace": "ns1", "count": 1}]
    }
    exp = c.get("/api/v1/export", headers=agent("root")).json()
    assert set(exp) == {"memories", "links", "count", "exported_at"} and exp["count"] == 1
    imp = c.post(
        "/api/v1/import",
        json={"memories": [{**exp["memories"][0], "id": "imported-1", "title": "other"}]},
        headers=agent("root"),
    )
    assert imp.status_code == 200 and imp.json() == {"imported": 1, "errors": []}
    assert c.post("/api/v1/forget", json={}, headers=agent("root")).json() == {
        "error": "at least one of namespace, pattern, or tier is required"
    }
    assert c.post("/api/v1/forget", json={"namespace": "ns1"}, headers=agent("root")).json() == {"deleted": 2}
    ag = c.get("/api/v1/agents", headers=agent("root")).json()
    assert set(ag) == {"count", "agents"}
