"""[H] embeddings/models, model selection on add, management embeddings, memory observability and eval."""

from __future__ import annotations

import pytest

from memories_sh.testing import _embedding_routes as embedding_routes

from .conftest import SDK, Api


def _cookie(api: Api) -> dict[str, str]:
    cfg = api.server.config
    return {"Cookie": f"{cfg.session_cookie_name}={cfg.session_cookie_value}"}


def _get(api: Api, route: str, headers: dict[str, str] | None = None, **params: str) -> dict:  # type: ignore[type-arg]
    r = api.http.get(SDK + route, params=params, headers=api.auth() if headers is None else headers)
    return {"status": r.status_code, **r.json()}


def test_models_and_selection(api: Api) -> None:
    d = _get(api, "/embeddings/models")
    assert d["status"] == 200
    ids = [m["id"] for m in d["data"]["models"]]
    assert "openai/text-embedding-3-small" in ids
    assert d["data"]["config"]["selectedModelId"] == "openai/text-embedding-3-small"
    assert (
        d["data"]["config"]["source"] == "system_default" and d["data"]["config"]["allowlistModelIds"] == ids
    )
    chosen = _get(api, "/embeddings/models", embeddingModel=ids[1])["data"]["config"]
    assert (chosen["selectedModelId"], chosen["source"]) == (ids[1], "request")
    bad = _get(api, "/embeddings/models", embeddingModel="acme/nope")
    assert bad["status"] == 400 and bad["error"]["code"] == "UNSUPPORTED_EMBEDDING_MODEL"
    assert _get(api, "/embeddings/models", headers=_cookie(api))["status"] == 200  # session works too
    assert _get(api, "/embeddings/models", headers={})["error"]["code"] == "UNAUTHORIZED"
    added = api.ok("/memories/add", {"content": "vectors please", "embeddingModel": ids[1]}, 201)
    assert (added["embeddingModel"], added["embeddingModelSource"]) == (ids[1], "request")
    err = api.err(
        "/memories/add", {"content": "x", "embeddingModel": "acme/nope"}, 400, "UNSUPPORTED_EMBEDDING_MODEL"
    )
    assert err["details"]["requestedModelId"] == "acme/nope"


def test_tenant_metadata_drives_the_default_model(api: Api) -> None:
    meta = {"defaultEmbeddingModel": "google/text-embedding-005"}
    r = api.http.post(
        SDK + "/management/tenant-overrides", json={"tenantId": "t1", "metadata": meta}, headers=api.auth()
    )
    assert r.status_code == 200
    added = api.ok("/memories/add", {"content": "tenant memory", "scope": {"tenantId": "t1"}}, 201)
    assert (added["embeddingModel"], added["embeddingModelSource"]) == (
        "google/text-embedding-005",
        "workspace",
    )


def test_usage_is_metered_per_model(api: Api) -> None:
    api.ok("/memories/add", {"content": "a" * 40}, 201)
    api.ok("/memories/add", {"content": "b" * 8, "embeddingModel": "openai/text-embedding-3-large"}, 201)
    usage = _get(api, "/management/embeddings/usage")["data"]
    assert usage["summary"]["requestCount"] == 2 and usage["summary"]["inputTokens"] == 12
    assert {b["modelId"]: b["inputTokens"] for b in usage["breakdown"]} == {
        "openai/text-embedding-3-small": 10,
        "openai/text-embedding-3-large": 2,
    }
    assert usage["summary"]["customerCostUsd"] > usage["summary"]["gatewayCostUsd"] > 0
    other = _get(api, "/management/embeddings/usage", usageMonth="2020-01-01")["data"]
    assert other["summary"]["requestCount"] == 0 and other["breakdown"] == []
    bad = _get(api, "/management/embeddings/usage", usageMonth="2020-01")
    assert bad["status"] == 400 and bad["error"]["code"] == "INVALID_REQUEST"
    assert _get(api, "/management/embeddings/usage", limit="0")["status"] == 400


def test_backfill_run_pause_resume(api: Api) -> None:
    api.ok("/memories/add", {"content": "one"}, 201)
    api.ok("/memories/add", {"content": "two"}, 201)
    model = "openai/text-embedding-3-large"  # no memory is embedded with it yet
    status = _get(api, "/management/embeddings/backfill", modelId=model)["data"]
    assert (status["status"], status["estimatedRemaining"], status["scopeKey"]) == ("idle", 2, f"{model}|*|*")
    path = SDK + "/management/embeddings/backfill"
    paused = api.http.post(path, json={"action": "pause", "modelId": model}, headers=api.auth()).json()[
        "data"
    ]
    assert paused["action"] == "pause" and paused["status"]["status"] == "paused"
    blocked = api.http.post(path, json={"modelId": model}, headers=api.auth()).json()["data"]
    assert blocked["batch"]["scanned"] == 0
    api.http.post(path, json={"action": "resume", "modelId": model}, headers=api.auth())
    run = api.http.post(path, json={"modelId": model, "batchLimit": 1}, headers=api.auth()).json()["data"]
    assert run["batch"]["scanned"] == 1 and run["status"]["status"] == "running"
    run = api.http.post(path, json={"modelId": model, "batchLimit": 5}, headers=api.auth()).json()["data"]
    assert run["status"]["status"] == "completed" and run["status"]["estimatedRemaining"] == 0
    assert run["status"]["enqueuedCount"] == 2
    bad = api.http.post(path, json={"action": "stop"}, headers=api.auth())
    assert bad.status_code == 400


def test_observability_snapshots(api: Api) -> None:
    api.ok("/memories/add", {"content": "something"}, 201)
    emb = _get(api, "/management/embeddings/observability", windowHours="48")["data"]
    assert emb["windowHours"] == 48 and emb["health"] == "healthy" and emb["cost"]["requestCount"] == 1
    assert _get(api, "/management/embeddings/observability", windowHours="999")["status"] == 400
    mem = _get(api, "/management/memory/observability")["data"]
    assert mem["lifecycle"]["createdCount"] == 1 and mem["lifecycle"]["activeCount"] == 1
    assert mem["scope"] == {"tenantId": None, "projectId": None, "userId": None}


def test_eval_replay(api: Api) -> None:
    body = {
        "nowIso": "2026-03-01T00:00:00.000Z",
        "scenarios": [
            {"id": "x", "extraction": {"expected": ["A", "b"], "observed": ["a", "c"]}},
            {"compaction": {"checkpoint": "We chose Postgres.", "requiredFacts": ["postgres", "redis"]}},
            {"trigger": {"expected": "count", "signals": {"turnCount": 5, "turnBudget": 4}}},
        ],
    }
    r = api.http.post(SDK + "/management/memory/eval/replay", json=body, headers=api.auth())
    d = r.json()["data"]
    ext, comp, trig = (
        s[k] for s, k in zip(d["scenarios"], ("extraction", "compaction", "trigger"), strict=True)
    )
    assert (ext["truePositiveCount"], ext["precision"], ext["f1"], ext["pass"]) == (1, 0.5, 0.5, False)
    assert (comp["retention"], comp["missingFacts"]) == (0.5, ["redis"])
    assert (trig["actual"], trig["matched"]) == ("count", True)
    assert [s["id"] for s in d["scenarios"]] == ["x", "scenario-2", "scenario-3"]
    assert d["summary"]["evaluatedAt"] == "2026-03-01T00:00:00.000Z" and d["summary"]["status"] == "fail"
    assert d["summary"]["passRate"] == 0.3333
    for bad in ({"scenarios": []}, {"scenarios": [{"id": "only-id"}]}, {"scenarios": [{"trigger": {}}]}):
        r = api.http.post(SDK + "/management/memory/eval/replay", json=bad, headers=api.auth())
        assert r.status_code == 400 and r.json()["error"]["code"] == "INVALID_REQUEST"


def test_unexpected_failure_is_an_internal_error_envelope(api: Api, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(*args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(embedding_routes, "usage", broken)
    d = _get(api, "/management/embeddings/usage")
    assert d["status"] == 500 and d["ok"] is False
    assert (d["error"]["code"], d["error"]["retryable"], d["error"]["message"]) == (
        "INTERNAL_ERROR",
        True,
        "Internal error",
    )
