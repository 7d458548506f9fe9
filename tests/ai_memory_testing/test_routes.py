"""Statuses, exact response keys and error bodies of the seed SDK's routes."""

from __future__ import annotations

import httpx
from server_test_support import agent

A = agent("alice")
MEMORY_KEYS = {
    "id",
    "tier",
    "namespace",
    "title",
    "content",
    "tags",
    "priority",
    "confidence",
    "source",
    "access_count",
    "created_at",
    "updated_at",
    "metadata",
    "reflection_depth",
    "memory_kind",
    "citations",
    "confidence_source",
    "version",
}


def store(http: httpx.Client, title: str, content: str = "some content", headers=A, **extra) -> dict:
    r = http.post("/api/v1/memories", json={"title": title, "content": content, **extra}, headers=headers)
    assert r.status_code == 201, r.text
    return r.json()


def test_health(http: httpx.Client) -> None:
    r = http.get("/api/v1/health")
    assert r.status_code == 200
    assert r.json() == {
        "status": "ok",
        "service": "ai-memory",
        "version": "0.7.0",
        "embedder_ready": False,
        "federation_enabled": False,
    }


def test_create_get_update_delete(http: httpx.Client) -> None:
    created = store(http, "first", tags=["a"], priority=7)
    assert set(created) == {"id", "tier", "namespace", "title", "agent_id"}
    assert created["tier"] == "mid" and created["namespace"] == "global" and created["agent_id"] == "alice"
    got = http.get(f"/api/v1/memories/{created['id']}", headers=A)
    assert got.status_code == 200 and set(got.json()) == {"memory", "links"}
    mem = got.json()["memory"]
    assert set(mem) >= MEMORY_KEYS and "expires_at" in mem and "last_accessed_at" not in mem
    assert mem["metadata"] == {"agent_id": "alice"} and mem["priority"] == 7
    # unique id prefix resolves
    assert (
        http.get(f"/api/v1/memories/{created['id'][:8]}", headers=A).json()["memory"]["id"] == created["id"]
    )
    upd = http.put(
        f"/api/v1/memories/{created['id']}",
        json={"content": "changed", "metadata": {"agent_id": "x"}},
        headers=A,
    )
    assert upd.status_code == 200 and upd.json()["content"] == "changed"
    assert upd.json()["metadata"]["agent_id"] == "alice"  # immutable
    prom = http.post(f"/api/v1/memories/{created['id']}/promote", headers=A)
    assert prom.status_code == 200 and prom.json() == {"promoted": True, "id": created["id"], "tier": "long"}
    assert "expires_at" not in http.get(f"/api/v1/memories/{created['id']}", headers=A).json()["memory"]
    d = http.delete(f"/api/v1/memories/{created['id']}", headers=A)
    assert d.status_code == 200 and d.json() == {"deleted": True}
    nf = http.get(f"/api/v1/memories/{created['id']}", headers=A)
    assert nf.status_code == 404 and nf.json() == {"error": "not found"}


def test_list_and_search_shapes(http: httpx.Client) -> None:
    store(http, "alpha note", "the quick brown fox", namespace="alice")
    store(http, "beta note", "the lazy dog", namespace="alice")
    lst = http.get("/api/v1/memories", params={"namespace": "alice"}, headers=A)
    assert lst.status_code == 200 and set(lst.json()) == {"memories", "count"} and lst.json()["count"] == 2
    # AND semantics: both terms must match
    s = http.get("/api/v1/search", params={"q": "quick fox"}, headers=agent("alice"))
    body = s.json()
    assert s.status_code == 200 and set(body) == {"results", "count", "query"}
    assert body["count"] == 1 and body["query"] == "quick fox" and body["results"][0]["title"] == "alpha note"
    assert http.get("/api/v1/search", params={"q": "quick dog"}, headers=A).json()["count"] == 0
    blank = http.get("/api/v1/search", params={"q": " "}, headers=A)
    assert blank.status_code == 400 and blank.json() == {"error": "query or source_uri is required"}
    bad_tier = http.get("/api/v1/memories", params={"tier": "bogus"})
    assert bad_tier.status_code == 400 and bad_tier.headers["content-type"].startswith("text/plain")


def test_validation_messages(http: httpx.Client) -> None:
    r = http.post("/api/v1/memories", json={"title": "t", "content": "c", "priority": 11}, headers=A)
    assert r.status_code == 400 and r.json() == {"error": "priority must be between 1 and 10 (got 11)"}
    r = http.post("/api/v1/memories", json={"title": "  ", "content": "c"}, headers=A)
    assert r.json() == {"error": "title cannot be empty"}
    r = http.post("/api/v1/memories", json={"title": "t", "content": "c", "on_conflict": "x"}, headers=A)
    assert r.json() == {"error": "invalid on_conflict 'x' (expected error|merge|version)"}
    r = http.post("/api/v1/memories", json={"title": "t", "content": "c", "namespace": "/x"}, headers=A)
    assert r.json() == {"error": "namespace cannot start with '/' (normalize input first)"}


def test_create_json_or_bad_request(http: httpx.Client) -> None:
    r = http.post("/api/v1/memories", json={"content": "c"})
    assert r.status_code == 400 and r.json() == {
        "error": "missing required field: title",
        "fields": ["title"],
    }
    r = http.post("/api/v1/memories", content=b"{nope", headers={"content-type": "application/json"})
    assert r.status_code == 400 and r.json() == {"error": "malformed JSON body", "fields": []}
    r = http.post("/api/v1/memories", content=b'{"title":"t","content":"c"}')
    assert r.status_code == 400 and r.json() == {
        "error": "expected Content-Type: application/json",
        "fields": [],
    }
    r = http.post("/api/v1/memories", json={"title": "t", "content": "c", "tier": "x"})
    assert r.status_code == 400 and r.json() == {"error": "invalid request body", "fields": []}


def test_axum_text_plain_rejections(http: httpx.Client) -> None:
    mid = store(http, "for put")["id"]
    r = http.put(f"/api/v1/memories/{mid}", content=b'{"content":"x"}', headers=A)
    assert r.status_code == 415 and r.headers["content-type"].startswith("text/plain")
    assert r.text == "Expected request with `Content-Type: application/json`"
    r = http.put(
        f"/api/v1/memories/{mid}", content=b"{bad", headers={**A, "content-type": "application/json"}
    )
    assert r.status_code == 400 and r.headers["content-type"].startswith("text/plain")
    r = http.put(f"/api/v1/memories/{mid}", json={"priority": "high"}, headers=A)
    assert r.status_code == 422 and r.headers["content-type"].startswith("text/plain")
    r = http.post("/api/v1/forget")
    assert r.status_code == 415
    r = http.post(
        "/api/v1/subscriptions", json={"url": "https://example.com/h", "events": ["a"], "secret": "s"}
    )
    assert r.status_code == 422  # events must be a CSV string
    r = http.post("/api/v1/memories/bulk", json={"memories": []})
    assert r.status_code == 422


def test_404_405_and_unserved_routes(http: httpx.Client) -> None:
    r = http.get("/api/v1/nope")
    assert r.status_code == 404 and r.content == b""
    r = http.patch("/api/v1/memories")
    assert (
        r.status_code == 405
        and r.content == b""
        and set(r.headers["allow"].split(",")) == {"GET", "HEAD", "POST"}
    )
    for path in ("/api/v1/memories/abc/grant", "/api/v1/memories/abc/revoke", "/api/v1/cluster"):
        r = http.post(path, json={})
        assert r.status_code == 404 and r.content == b"", path
    assert http.delete("/api/v1/subscriptions/abc").status_code == 404
    r = http.post("/api/v1/kg/find_paths", json={"source_id": "a", "target_id": "b"})
    assert r.status_code == 501 and r.json() == {"error": "find_paths requires --features sal"}


def test_bulk_upsert(http: httpx.Client) -> None:
    items = [{"title": f"b{i}", "content": f"c{i}", "namespace": "bulk"} for i in range(3)]
    r = http.post(
        "/api/v1/memories/bulk", json=[*items, {"title": "bad", "content": "c", "priority": 0}], headers=A
    )
    assert r.status_code == 200 and r.json() == {"created": 3, "errors": ["validation failed"]}
    r = http.post(
        "/api/v1/memories/bulk", json=[{"title": "b0", "content": "new", "namespace": "bulk"}], headers=A
    )
    assert r.json() == {"created": 1, "errors": []}
    rows = http.get("/api/v1/memories", params={"namespace": "bulk"}, headers=A).json()["memories"]
    assert len(rows) == 3 and {m["content"] for m in rows if m["title"] == "b0"} == {"new"}
    r = http.post("/api/v1/memories/bulk", json=[{"title": f"x{i}", "content": "c"} for i in range(1001)])
    assert r.status_code == 400 and r.json() == {"error": "bulk operations limited to 1000 items"}


def test_links_and_lineage(http: httpx.Client) -> None:
    a, b, c = (store(http, t)["id"] for t in ("L-a", "L-b", "L-c"))
    r = http.post(
        "/api/v1/links", json={"source_id": a, "target_id": b, "relation": "derived_from"}, headers=A
    )
    assert r.status_code == 201 and r.json() == {"linked": True, "attest_level": "unsigned"}
    r = http.post("/api/v1/links", json={"from": b, "to": c, "rel_type": "supersedes"}, headers=A)
    assert r.status_code == 201
    r = http.post("/api/v1/links", json={"source_id": a, "target_id": a}, headers=A)
    assert r.status_code == 400 and r.json() == {"error": "cannot link a memory to itself"}
    r = http.post("/api/v1/links", json={"source_id": a, "target_id": b, "relation": "likes"}, headers=A)
    assert r.status_code == 400 and r.json()["error"] == "invalid_relation" and r.json()["got"] == "likes"
    r = http.post("/api/v1/links", json={"source_id": a, "target_id": b, "weight": 1, "extra": 2}, headers=A)
    assert r.json() == {"error": "unknown_field", "fields": ["extra", "weight"]}
    links = http.get(f"/api/v1/links/{b}", headers=A).json()["links"]
    assert {(lk["source_id"], lk["target_id"], lk["relation"]) for lk in links} == {
        (a, b, "derived_from"),
        (b, c, "supersedes"),
    }
    lin = http.get(f"/api/v1/memories/{a}/lineage", headers=A).json()
    assert lin["id"] == a and lin["direction"] == "ancestors" and lin["count"] == 2
    assert [(n["id"], n["depth"]) for n in lin["nodes"]] == [(b, 1), (c, 2)]
    desc = http.get(f"/api/v1/memories/{c}/lineage", params={"direction": "descendants"}, headers=A).json()
    assert [n["id"] for n in desc["nodes"]] == [b, a]
    r = http.request("DELETE", "/api/v1/links", json={"source_id": a, "target_id": b}, headers=A)
    assert r.status_code == 200 and r.json() == {"deleted": True}


def test_notify_inbox_agents_capabilities(http: httpx.Client) -> None:
    r = http.post(
        "/api/v1/notify", json={"target_agent_id": "bob", "title": "hi", "payload": "hello"}, headers=A
    )
    assert r.status_code == 201 and set(r.json()) == {"id", "from", "to", "namespace", "tier", "delivered_at"}
    assert r.json()["namespace"] == "_messages/bob"
    assert http.post("/api/v1/notify", json={"target_agent_id": "bob", "title": "x"}, headers=A).json() == {
        "error": "payload or content is required"
    }
    inbox = http.get("/api/v1/inbox", headers=agent("bob")).json()
    assert inbox["count"] == 1 and inbox["messages"][0]["payload"] == "hello"
    assert set(inbox["messages"][0]) == {
        "id",
        "from",
        "title",
        "payload",
        "priority",
        "tier",
        "created_at",
        "read",
        "access_count",
    }
    assert http.get("/api/v1/inbox", params={"agent_id": "bob"}, headers=A).status_code == 403
    reg = http.post("/api/v1/agents", json={"agent_id": "bob", "agent_type": "ai:test"}, headers=A)
    assert reg.status_code == 201 and reg.json()["registered"] is True
    bad = http.post("/api/v1/agents", json={"agent_id": "bob", "agent_type": "robot"}, headers=A)
    assert bad.status_code == 400 and bad.json()["error"].startswith("invalid agent_type 'robot'")
    caps = http.get("/api/v1/capabilities").json()
    assert caps["schema_version"] == "3" and caps["version"] == "0.7.0" and "families" not in caps
