"""Memories: add/search/list/edit/forget, context/get rules + split, working TTL and cap, scoping."""

from __future__ import annotations

import re
from collections.abc import Callable

from .conftest import Api, Clock

MEMORY_KEYS = [
    "id",
    "content",
    "type",
    "layer",
    "expiresAt",
    "scope",
    "projectId",
    "tags",
    "paths",
    "category",
    "metadata",
    "createdAt",
    "updatedAt",
]


def test_add_shape_and_message(api: Api) -> None:
    data = api.ok(
        "/memories/add",
        {
            "content": "Use canary rollout for graph retrieval changes",
            "type": "rule",
            "tags": ["rollout", "graph"],
            "paths": ["packages/web/**"],
            "category": "ops",
            "metadata": {"source": "runbook"},
            "scope": {"projectId": "github.com/acme/platform", "userId": "user_123"},
        },
        201,
    )
    assert list(data) == ["memory", "id", "message", "embeddingModel", "embeddingModelSource"]
    assert (data["embeddingModel"], data["embeddingModelSource"]) == (
        "openai/text-embedding-3-small",
        "system_default",
    )
    mem = data["memory"]
    assert list(mem) == MEMORY_KEYS
    assert re.fullmatch(r"[0-9a-f]{12}", data["id"]) and mem["id"] == data["id"]
    assert data["message"] == "Stored rule (project:platform): Use canary rollout for graph retrieval changes"
    assert (mem["layer"], mem["scope"], mem["expiresAt"]) == ("rule", "project", None)
    assert mem["tags"] == ["rollout", "graph"] and mem["metadata"] == {"source": "runbook"}
    long = api.ok("/memories/add", {"content": "word " * 40}, 201)
    assert long["message"] == "Stored note (global): " + ("word " * 16).strip() + "..."
    assert long["memory"]["layer"] == "long_term" and long["memory"]["type"] == "note"


def test_working_ttl_expiry_and_edit_rules(api: Api, clock: Clock) -> None:
    w = api.ok("/memories/add", {"content": "transient note", "layer": "working"}, 201)["memory"]
    assert w["layer"] == "working" and w["expiresAt"] is not None
    from datetime import datetime

    created = datetime.fromisoformat(w["createdAt"].replace("Z", "+00:00"))
    expires = datetime.fromisoformat(w["expiresAt"].replace("Z", "+00:00"))
    assert (expires - created).total_seconds() == 24 * 3600
    assert [m["id"] for m in api.ok("/memories/list", {"layer": "working"})["memories"]] == [w["id"]]
    clock.advance(hours=25)
    assert api.ok("/memories/list", {"layer": "working"})["memories"] == []
    assert api.ok("/memories/search", {"query": "transient"})["memories"] == []
    # edit: type rule without layer -> layer rule, expiresAt cleared; layer working -> new expiresAt
    m = api.ok("/memories/add", {"content": "edit me", "layer": "working"}, 201)["memory"]
    out = api.ok("/memories/edit", {"id": m["id"], "type": "rule"})
    assert out == {
        "id": m["id"],
        "updated": True,
        "message": f"Updated memory {m['id']}",
        "embeddingModel": "openai/text-embedding-3-small",
        "embeddingModelSource": "system_default",
    }
    got = api.ok("/memories/list", {"type": "rule"})["memories"][0]
    assert (got["layer"], got["expiresAt"]) == ("rule", None)
    api.ok("/memories/edit", {"id": m["id"], "layer": "working", "content": "edited"})
    got = api.ok("/memories/list", {"layer": "working"})["memories"][0]
    assert got["content"] == "edited" and got["expiresAt"] is not None
    # [H] edit of an unknown id: 404 MEMORY_NOT_FOUND; forget stays a silent success
    err = api.err("/memories/edit", {"id": "doesnotexist", "content": "x"}, 404, "MEMORY_NOT_FOUND")
    assert err["details"] == {"id": "doesnotexist"}
    assert api.ok("/memories/forget", {"id": "doesnotexist"}) == {
        "id": "doesnotexist",
        "deleted": True,
        "message": "Deleted memory doesnotexist",
    }


def test_working_cap_evicts_oldest(make_api: Callable[..., Api], clock: Clock) -> None:
    api = make_api(clock=clock, working_memory_max_items=3)
    ids = [api.ok("/memories/add", {"content": f"w{i}", "layer": "working"}, 201)["id"] for i in range(5)]
    kept = [m["id"] for m in api.ok("/memories/list", {"layer": "working"})["memories"]]
    assert kept == list(reversed(ids[2:]))


def test_search_list_forget(api: Api) -> None:
    a = api.ok(
        "/memories/add", {"content": "Deploy with blue green strategy", "tags": ["ops", "deploy"]}, 201
    )
    api.ok("/memories/add", {"content": "Prefer tabs", "type": "decision", "tags": ["style"]}, 201)
    res = api.ok("/memories/search", {"query": "deploy"})
    assert res["count"] == 1 and res["memories"][0]["id"] == a["id"]
    # FTS syntax errors fall back to LIKE
    weird = api.ok("/memories/add", {"content": "call api.v2( carefully"}, 201)
    assert api.ok("/memories/search", {"query": "api.v2("})["memories"][0]["id"] == weird["id"]
    api.ok("/memories/forget", {"id": weird["id"]})  # [H] long-term memory: HTTP forget keeps it
    assert api.ok("/memories/search", {"query": "api.v2("})["memories"][0]["id"] == weird["id"]
    api.ok("/memories/bulk-forget", {"filters": {"pattern": "call api*"}})  # working layer only: kept too
    assert "result" in api.tool("forget_memory", {"id": weird["id"]})
    assert api.ok("/memories/search", {"query": "ue gre"})["count"] == 1  # substring only LIKE finds
    assert api.ok("/memories/search", {"query": "tabs", "type": "fact"})["count"] == 0
    lst = api.ok("/memories/list", {})
    assert [m["content"] for m in lst["memories"]] == ["Prefer tabs", "Deploy with blue green strategy"]
    assert api.ok("/memories/list", {"tags": "dep"})["count"] == 1
    assert api.ok("/memories/list", {"type": "decision"})["count"] == 1
    assert api.ok("/memories/list", {"limit": 1})["count"] == 1
    assert "result" in api.tool("forget_memory", {"id": a["id"]})
    assert api.ok("/memories/search", {"query": "deploy"})["count"] == 0
    assert api.ok("/memories/list", {})["count"] == 1


def test_context_rules_unlimited_and_split(api: Api) -> None:
    for i in range(7):
        api.ok("/memories/add", {"content": f"rule {i}", "type": "rule"}, 201)
    for i in range(5):
        api.ok("/memories/add", {"content": f"working {i}", "layer": "working"}, 201)
    for i in range(5):
        api.ok("/memories/add", {"content": f"fact {i}", "type": "fact"}, 201)
    d = api.ok("/context/get", {"limit": 5})
    assert len(d["rules"]) == 7  # not limited
    assert [m["content"] for m in d["workingMemories"]] == ["working 4", "working 3", "working 2"]
    assert len(d["longTermMemories"]) == 2
    assert len(d["memories"]) == 5
    assert d["mode"] == "all" and d["query"] == ""
    d = api.ok("/context/get", {"limit": 2})
    assert len(d["workingMemories"]) == 2 and len(d["longTermMemories"]) == 1 and len(d["memories"]) == 3
    d = api.ok("/context/get", {"limit": 5, "mode": "working", "includeRules": False})
    assert d["rules"] == [] and d["memories"] == d["workingMemories"]
    assert api.ok("/context/get", {"mode": "rules_only"})["memories"] == []
    assert (
        api.ok("/context/get", {"mode": "long_term"})["memories"]
        == api.ok("/context/get", {})["longTermMemories"]
    )
    d = api.ok("/context/get", {"query": "fact", "limit": 3})
    assert all("fact" in m["content"] for m in d["memories"])
    trace = d["trace"]
    assert trace["requestedStrategy"] == "baseline" and trace["fallbackTriggered"] is False
    assert (trace["semanticStrategyRequested"], trace["semanticStrategyApplied"]) == ("lexical", "lexical")
    assert set(trace) == {
        "requestedStrategy",
        "strategy",
        "graphDepth",
        "graphLimit",
        "rolloutMode",
        "shadowExecuted",
        "qualityGateStatus",
        "qualityGateBlocked",
        "qualityGateReasonCodes",
        "baselineCandidates",
        "graphCandidates",
        "graphExpandedCount",
        "semanticStrategyRequested",
        "semanticStrategyApplied",
        "lexicalCandidates",
        "semanticCandidates",
        "semanticFallbackTriggered",
        "semanticFallbackReason",
        "conflictCount",
        "fallbackTriggered",
        "fallbackReason",
        "totalCandidates",
    }
    d = api.ok("/context/get", {"strategy": "hybrid_graph"})
    assert d["trace"]["fallbackTriggered"] is True and d["trace"]["fallbackReason"] == "feature_flag_disabled"


def test_user_and_project_scoping(api: Api) -> None:
    api.ok("/memories/add", {"content": "shared fact"}, 201)
    alice = api.ok("/memories/add", {"content": "alice fact", "scope": {"userId": "alice"}}, 201)
    api.ok("/memories/add", {"content": "bob fact", "scope": {"userId": "bob"}}, 201)
    api.ok("/memories/add", {"content": "project fact", "scope": {"projectId": "github.com/a/repo"}}, 201)
    contents = lambda d: sorted(m["content"] for m in d["memories"])  # noqa: E731
    assert contents(api.ok("/memories/list", {"scope": {"userId": "alice"}})) == ["alice fact", "shared fact"]
    assert contents(api.ok("/memories/list", {})) == ["shared fact"]
    assert contents(api.ok("/memories/list", {"scope": {"projectId": "github.com/a/repo"}})) == [
        "project fact",
        "shared fact",
    ]
    # writes are constrained to exactly this user (or NULL): [H] another user's id is not found
    hijack = {"id": alice["id"], "content": "hijacked", "scope": {"userId": "bob"}}
    api.err("/memories/edit", hijack, 404, "MEMORY_NOT_FOUND")
    note = api.ok(
        "/memories/add", {"content": "alice note", "layer": "working", "scope": {"userId": "alice"}}, 201
    )
    api.ok("/memories/forget", {"id": note["id"]})
    api.ok("/memories/forget", {"id": alice["id"], "scope": {"userId": "alice"}})  # [H] long-term: kept
    assert contents(api.ok("/memories/list", {"scope": {"userId": "alice"}})) == [
        "alice fact",
        "alice note",
        "shared fact",
    ]
    api.ok("/memories/forget", {"id": note["id"], "scope": {"userId": "alice"}})
    assert contents(api.ok("/memories/list", {"scope": {"userId": "alice"}})) == ["alice fact", "shared fact"]
