"""[H] retrieval strategies on context/get and memories/search, with the deterministic embedding stand-in."""

from __future__ import annotations

import pytest

from memories_sh.testing._embeddings import cosine, embed

from .conftest import Api

DOCS = {
    "deploy": "Deployments go out with a blue-green rollout every Tuesday",
    "db": "The database migrations run nightly at two",
    "pnpm": "Use pnpm for package management in the monorepo",
}


def _seed(api: Api) -> dict[str, str]:
    return {k: api.ok("/memories/add", {"content": v}, 201)["id"] for k, v in DOCS.items()}


def test_stand_in_embedding_is_deterministic_and_ranks_related_text() -> None:
    assert embed("deploying the service") == embed("deploying the service")
    assert abs(cosine(embed("deploying"), embed("deploying")) - 1) < 1e-9
    query = embed("when do we deploy?")
    assert cosine(query, embed(DOCS["deploy"])) > cosine(query, embed(DOCS["pnpm"]))
    assert embed("") == [0.0] * len(embed("x"))


def test_current_client_sends_lexical_to_context_get(api: Api) -> None:
    ids = _seed(api)
    # the request a current @memories.sh/core client sends
    body = {
        "query": "migrations",
        "limit": 5,
        "mode": "all",
        "strategy": "lexical",
        "graphDepth": 1,
        "graphLimit": 8,
    }
    d = api.ok("/context/get", body)
    assert [m["id"] for m in d["memories"]] == [ids["db"]]
    trace = d["trace"]
    assert (trace["semanticStrategyRequested"], trace["semanticStrategyApplied"]) == ("lexical", "lexical")
    assert (trace["requestedStrategy"], trace["strategy"]) == ("baseline", "baseline")
    assert trace["semanticFallbackTriggered"] is False and trace["semanticCandidates"] == 0
    assert d["conflicts"] == []


@pytest.mark.parametrize("strategy", ["semantic", "hybrid"])
def test_semantic_and_hybrid_find_what_lexical_misses(api: Api, strategy: str) -> None:
    ids = _seed(api)
    lexical = api.ok("/memories/search", {"query": "deploying", "strategy": "lexical"})
    assert lexical["count"] == 0 and lexical["trace"]["appliedStrategy"] == "lexical"
    found = api.ok("/memories/search", {"query": "deploying", "strategy": strategy})
    assert found["memories"][0]["id"] == ids["deploy"]
    assert found["trace"] == {
        "requestedStrategy": strategy,
        "appliedStrategy": strategy,
        "lexicalCandidates": 0,
        "semanticCandidates": found["trace"]["semanticCandidates"],
        "fallbackTriggered": False,
        "fallbackReason": None,
    }
    assert found["trace"]["semanticCandidates"] >= 1
    ctx = api.ok("/context/get", {"query": "deploying", "strategy": strategy})
    assert ctx["memories"][0]["id"] == ids["deploy"]
    assert ctx["trace"]["semanticStrategyApplied"] == strategy
    assert ctx["trace"]["requestedStrategy"] == ("hybrid_graph" if strategy == "hybrid" else "baseline")


def test_hybrid_keeps_exact_lexical_match_first(api: Api) -> None:
    ids = _seed(api)
    d = api.ok("/memories/search", {"query": "pnpm monorepo", "strategy": "hybrid"})
    assert d["memories"][0]["id"] == ids["pnpm"] and d["trace"]["lexicalCandidates"] >= 1


def test_legacy_names_are_aliases_and_fallbacks_are_reported(api: Api) -> None:
    _seed(api)
    d = api.ok("/memories/search", {"query": "deploying", "strategy": "hybrid_graph"})
    assert (d["trace"]["requestedStrategy"], d["trace"]["appliedStrategy"]) == ("hybrid", "hybrid")
    d = api.ok("/memories/search", {"query": "deploying", "strategy": "baseline"})
    assert d["trace"]["requestedStrategy"] == "lexical"
    d = api.ok("/memories/search", {"query": "zebra quantum", "strategy": "semantic"})
    assert d["count"] == 0 and d["trace"]["fallbackReason"] == "vectors_unavailable"
    assert d["trace"]["appliedStrategy"] == "lexical" and d["trace"]["fallbackTriggered"] is True
    d = api.ok("/context/get", {"strategy": "semantic"})  # no query: nothing to embed
    assert d["trace"]["semanticFallbackReason"] == "query_missing"


def test_february_shaped_requests_still_work(api: Api) -> None:
    ids = _seed(api)
    d = api.ok("/context/get", {"query": "migrations", "strategy": "baseline", "mode": "all", "limit": 5})
    assert [m["id"] for m in d["memories"]] == [ids["db"]]
    assert api.ok("/memories/search", {"query": "pnpm"})["memories"][0]["id"] == ids["pnpm"]
    assert api.ok("/graph/trace", {"query": "pnpm", "strategy": "hybrid_graph"})["strategy"]["requested"] == (
        "hybrid_graph"
    )
    api.err("/graph/trace", {"strategy": "lexical"}, 400, "INVALID_REQUEST")


def test_mcp_tools_accept_their_strategy_names(api: Api) -> None:
    ids = _seed(api)
    ctx = api.tool("get_context", {"query": "migrations", "retrieval_strategy": "hybrid"})
    assert ctx["result"]["structuredContent"]["trace"]["requestedStrategy"] == "hybrid_graph"
    found = api.tool("search_memories", {"query": "deploying", "strategy": "semantic"})
    assert found["result"]["structuredContent"]["memories"][0]["id"] == ids["deploy"]
