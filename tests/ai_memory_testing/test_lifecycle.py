"""on_conflict modes, tier TTLs / expiry / gc, and recall's touch (with an injected clock)."""

from __future__ import annotations

from datetime import timedelta

import httpx
from server_test_support import agent

from ai_memory.testing import ManualClock

A = agent("alice")


def test_on_conflict_modes(http: httpx.Client) -> None:
    first = http.post(
        "/api/v1/memories",
        json={"title": "dup", "content": "one", "priority": 3, "tags": ["x"], "tier": "long"},
        headers=A,
    ).json()
    r = http.post("/api/v1/memories", json={"title": "dup", "content": "two"}, headers=A)
    assert r.status_code == 409
    assert r.json() == {
        "code": "CONFLICT",
        "error": "memory with title 'dup' already exists in namespace 'global'",
        "existing_id": first["id"],
    }
    v = http.post(
        "/api/v1/memories", json={"title": "dup", "content": "v", "on_conflict": "version"}, headers=A
    )
    assert v.status_code == 201 and v.json()["title"] == "dup (2)" and v.json()["id"] != first["id"]
    v3 = http.post(
        "/api/v1/memories", json={"title": "dup", "content": "v", "on_conflict": "version"}, headers=A
    )
    assert v3.json()["title"] == "dup (3)"
    m = http.post(
        "/api/v1/memories",
        json={
            "title": "dup",
            "content": "merged",
            "priority": 9,
            "tags": ["y"],
            "tier": "short",
            "on_conflict": "merge",
        },
        headers=A,
    )
    assert m.status_code == 201 and m.json()["id"] == first["id"] and m.json()["tier"] == "long"
    mem = http.get(f"/api/v1/memories/{first['id']}", headers=A).json()["memory"]
    assert (mem["content"], mem["priority"], mem["tags"], mem["tier"]) == ("merged", 9, ["y"], "long")
    assert mem["metadata"]["agent_id"] == "alice"


def test_tier_ttls_expiry_and_gc(make_server) -> None:
    clock = ManualClock()
    _, c = make_server(clock=clock, admin_agent_ids=["root"])
    t0 = clock()
    ids = {}
    for tier in ("short", "mid", "long"):
        ids[tier] = c.post(
            "/api/v1/memories", json={"title": tier, "content": "c", "tier": tier}, headers=A
        ).json()["id"]
    ttl = c.post("/api/v1/memories", json={"title": "ttl", "content": "c", "ttl_secs": 60}, headers=A).json()[
        "id"
    ]

    def get(mid: str) -> httpx.Response:
        return c.get(f"/api/v1/memories/{mid}", headers=A)

    assert (
        get(ids["short"])
        .json()["memory"]["expires_at"]
        .startswith((t0 + timedelta(hours=6)).strftime("%Y-%m-%dT%H:%M"))
    )
    assert (
        get(ids["mid"])
        .json()["memory"]["expires_at"]
        .startswith((t0 + timedelta(days=7)).strftime("%Y-%m-%dT%H:%M"))
    )
    assert "expires_at" not in get(ids["long"]).json()["memory"]
    past = c.post(
        "/api/v1/memories",
        json={"title": "p", "content": "c", "expires_at": "2000-01-01T00:00:00Z"},
        headers=A,
    )
    assert past.status_code == 400 and past.json() == {"error": "expires_at is in the past"}
    clock.advance(61)
    assert {m["title"] for m in c.get("/api/v1/memories", headers=A).json()["memories"]} == {
        "short",
        "mid",
        "long",
    }
    clock.advance(hours=6)
    assert {m["title"] for m in c.get("/api/v1/memories", headers=A).json()["memories"]} == {"mid", "long"}
    assert c.post("/api/v1/gc", headers=agent("root")).json() == {"expired_deleted": 2}
    assert get(ttl).status_code == 404
    assert c.post("/api/v1/gc", headers=agent("root")).json() == {"expired_deleted": 0}


def test_recall_touch_promotion_and_budget(make_server) -> None:
    clock = ManualClock()
    _, c = make_server(clock=clock)
    h = agent("alice")
    mid = c.post(
        "/api/v1/memories",
        json={
            "title": "otter facts",
            "content": "otters hold hands " * 10,
            "namespace": "alice",
            "tier": "mid",
            "priority": 5,
        },
        headers=h,
    ).json()["id"]
    c.post(
        "/api/v1/memories",
        json={"title": "other", "content": "otters swim", "namespace": "alice", "tier": "short"},
        headers=h,
    )
    before = c.get(f"/api/v1/memories/{mid}", headers=h).json()["memory"]["expires_at"]
    r = c.post("/api/v1/recall", json={"context": "otters hands"}, headers=h).json()
    assert (
        set(r) == {"memories", "count", "tokens_used", "mode"} and r["mode"] == "keyword" and r["count"] == 2
    )
    assert r["memories"][0]["id"] == mid and isinstance(r["memories"][0]["score"], float)
    assert r["memories"][0]["score"] == round(r["memories"][0]["score"], 3)
    assert r["tokens_used"] == sum(len(m["content"]) // 4 for m in r["memories"])
    after = c.get(f"/api/v1/memories/{mid}", headers=h).json()["memory"]
    assert after["access_count"] == 1 and after["expires_at"] != before  # mid: now + 1 day
    assert after["expires_at"].startswith((clock() + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M"))
    for _ in range(4):
        c.get("/api/v1/recall", params={"context": "hands"}, headers=h)
    promoted = c.get(f"/api/v1/memories/{mid}", headers=h).json()["memory"]
    assert promoted["access_count"] == 5 and promoted["tier"] == "long" and "expires_at" not in promoted
    for _ in range(5):
        c.get("/api/v1/recall", params={"context": "hands"}, headers=h)
    assert c.get(f"/api/v1/memories/{mid}", headers=h).json()["memory"]["priority"] == 6  # +1 at 10 accesses
    b = c.post("/api/v1/recall", json={"context": "otters", "budget_tokens": 5}, headers=h).json()
    assert b["budget_tokens"] == 5 and b["count"] == 1
    assert set(b["meta"]) == {
        "budget_tokens_used",
        "budget_tokens_remaining",
        "memories_dropped",
        "budget_overflow",
    }
    assert b["meta"]["memories_dropped"] == 1
    assert c.post("/api/v1/recall", json={}, headers=h).json() == {"error": "context (or query) is required"}
    lim = c.get("/api/v1/recall", params={"context": "otters", "limit": 1}, headers=h).json()
    assert lim["count"] == 1
