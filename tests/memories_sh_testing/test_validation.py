"""§1.5: zod-equivalent parsing — every failure is 400 INVALID_REQUEST without details."""

from __future__ import annotations

import pytest

from .conftest import Api

BAD = [
    ("/memories/add", None),
    ("/memories/add", {}),
    ("/memories/add", {"content": "   "}),
    ("/memories/add", {"content": "x" * 8001}),
    ("/memories/add", {"content": "x", "scope": None}),
    ("/memories/add", {"content": "x", "type": None}),
    ("/memories/add", {"content": "x", "type": "todo"}),
    ("/memories/add", {"content": "x", "tags": ["ok", " "]}),
    ("/memories/add", {"content": "x", "tags": ["t"] * 51}),
    ("/memories/add", {"content": "x", "paths": ["p" * 301]}),
    ("/memories/add", {"content": "x", "metadata": None}),
    ("/memories/add", {"content": "x", "metadata": [1]}),
    ("/memories/add", {"content": "x", "category": ""}),
    ("/memories/add", {"content": "x", "scope": {"tenantId": "  "}}),
    ("/memories/add", {"content": "x", "scope": {"projectId": "p" * 241}}),
    ("/memories/add", {"content": "x", "scope": {"userId": None}}),
    ("/memories/add", ["content"]),
    ("/context/get", None),
    ("/context/get", {"limit": 5.5}),
    ("/context/get", {"limit": "5"}),
    ("/context/get", {"limit": 0}),
    ("/context/get", {"limit": 51}),
    ("/context/get", {"limit": True}),
    ("/context/get", {"graphDepth": 3}),
    ("/context/get", {"graphDepth": "1"}),
    ("/context/get", {"graphLimit": 51}),
    ("/context/get", {"query": "q" * 501}),
    ("/context/get", {"query": None}),
    ("/context/get", {"mode": "recent"}),
    ("/context/get", {"strategy": "hybrid-graph"}),
    ("/memories/search", {"query": "x", "strategy": "vector"}),
    ("/graph/trace", {"strategy": "hybrid"}),  # [H] graph/trace keeps the legacy names
    ("/memories/search", {"query": "   "}),
    ("/memories/search", {}),
    ("/memories/search", {"query": "x", "limit": 51}),
    ("/memories/list", {"limit": 101}),
    ("/memories/list", {"tags": ["a"]}),
    ("/memories/edit", {"id": "abc"}),
    ("/memories/edit", {"id": "abc", "content": None}),
    ("/memories/edit", {"id": "x" * 65, "content": "y"}),
    ("/memories/forget", {}),
    ("/skills/files/upsert", {"path": "a"}),
    ("/skills/files/upsert", {"path": "p" * 401, "content": "c"}),
    ("/skills/files/list", {"limit": 501}),
    ("/skills/files/delete", {"path": " "}),
    ("/graph/status", {"topNodesLimit": 51}),
    ("/graph/trace", {"strategy": "lexical"}),
    ("/graph/rollout", {"mode": "on"}),
    ("/graph/rollout", {}),
]


@pytest.mark.parametrize(("route", "body"), BAD)
def test_invalid_request(api: Api, route: str, body: object) -> None:
    r = api.post(route, raw=b"") if body is None else api.post(route, body)
    assert r.status_code == 400, r.text
    assert r.json()["error"] == {
        "type": "validation_error",
        "code": "INVALID_REQUEST",
        "message": "Invalid request payload",
        "status": 400,
        "retryable": False,
    }


def test_malformed_json_and_nan(api: Api) -> None:
    api.err("/context/get", raw=b"{")
    api.err("/context/get", raw=b'{"limit": NaN}')


def test_accepted_edge_values(api: Api) -> None:
    data = api.ok("/context/get", {"limit": 5.0, "graphDepth": 0, "query": " " * 600, "unknown": 1})
    assert data["query"] == ""
    data = api.ok(
        "/memories/add",
        {
            "content": "  padded  ",
            "tags": [" a ", "b"],
            "metadata": {},
            "scope": {"projectId": " github.com/acme/x "},
            "extra": True,
        },
        201,
    )
    assert data["memory"]["content"] == "padded"
    assert data["memory"]["tags"] == ["a", "b"]
    assert data["memory"]["metadata"] == {}
    assert data["memory"]["projectId"] == "github.com/acme/x"
    api.ok("/memories/edit", {"id": data["id"], "metadata": None})
    api.ok("/memories/add", {"content": "x" * 8000}, 201)
    api.ok("/memories/search", {"query": "q" * 500})
    api.ok("/memories/list", {"limit": 100})
