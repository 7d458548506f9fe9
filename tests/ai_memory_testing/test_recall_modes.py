"""Recall like the daemon: keyword ranking and ``mode: "keyword"`` without an embedder; the optional
deterministic embedder (``embedder="hash"``) turns recall hybrid and reports ``mode: "hybrid"``."""

from __future__ import annotations

import httpx
import pytest

from ai_memory.testing import ServerConfig
from ai_memory.testing._embed import cosine, embed

A = {"X-Agent-Id": "ai:recaller"}
QUERY = "alpha beta gamma delta"


def _seed(http: httpx.Client) -> dict[str, str]:
    rows = {
        "close": {"title": "alpha", "content": QUERY, "priority": 1},
        "loud": {"title": "other", "content": "alpha", "priority": 10},
    }
    ids = {}
    for name, row in rows.items():
        payload = {**row, "namespace": "modes", "metadata": {"scope": "collective"}}
        r = http.post("/api/v1/memories", json=payload, headers=A)
        assert r.status_code == 201, r.text
        ids[r.json()["id"]] = name
    return ids


def _recall(http: httpx.Client) -> tuple[str, list[str]]:
    r = http.post("/api/v1/recall", json={"context": QUERY, "namespace": "modes"}, headers=A)
    assert r.status_code == 200, r.text
    body = r.json()
    return body["mode"], [m["id"] for m in body["memories"]]


def test_keyword_mode_without_an_embedder(make_server) -> None:  # type: ignore[no-untyped-def]
    _, http = make_server()
    names = _seed(http)
    mode, order = _recall(http)
    assert mode == "keyword"
    assert [names[i] for i in order] == ["loud", "close"]  # priority outweighs the term overlap
    caps = http.get("/api/v1/capabilities").json()
    assert (
        caps["features"]["recall_mode_active"] == "keyword" and caps["features"]["embedder_loaded"] is False
    )


def test_hash_embedder_makes_recall_hybrid(make_server) -> None:  # type: ignore[no-untyped-def]
    _, http = make_server(embedder="hash")
    names = _seed(http)
    mode, order = _recall(http)
    assert mode == "hybrid"
    assert [names[i] for i in order] == ["close", "loud"]  # the semantic similarity reorders
    caps = http.get("/api/v1/capabilities").json()
    assert caps["features"]["recall_mode_active"] == "hybrid" and caps["features"]["hybrid_recall"] is True
    # Only the MCP recall tool records observations (src/mcp/tools/recall.rs); the HTTP recall doesn't.
    observed = http.post("/api/v1/memory_recall_observations", json={"limit": 1}, headers=A).json()
    assert observed == {"observations": [], "count": 0}


def test_hash_embedder_is_deterministic_and_normalised() -> None:
    one, two = embed("The quick brown fox"), embed("the QUICK brown fox")
    assert one == two and cosine(one, two) == pytest.approx(1.0)
    assert cosine(embed("alpha"), embed("zeta omega")) < 0.5
    assert embed("") == [0.0] * len(one)


def test_unknown_embedder_is_refused() -> None:
    with pytest.raises(ValueError, match="embedder"):
        ServerConfig(embedder="openai")
