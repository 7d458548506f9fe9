"""graph/status, graph/trace, graph/rollout and the canary quality gate."""

from __future__ import annotations

from collections.abc import Callable

from .conftest import SDK, Api, Clock


def test_status_defaults_off(api: Api) -> None:
    api.ok(
        "/memories/add",
        {
            "content": "tagged",
            "tags": ["rollout"],
            "category": "ops",
            "scope": {"projectId": "github.com/acme/platform", "userId": "u"},
        },
        201,
    )
    d = api.ok("/graph/status", {"scope": {"userId": "u"}})
    assert d["enabled"] is False
    assert d["flags"] == {"mappingEnabled": False, "retrievalEnabled": False, "llmExtractionEnabled": False}
    assert d["health"] == "ok" and d["rollout"]["mode"] == "off" and d["rollout"]["updatedBy"] is None
    assert d["scope"] == {"tenantId": None, "userId": "u", "projectId": None}
    assert set(d) >= {
        "tables",
        "counts",
        "shadowMetrics",
        "qualityGate",
        "alarms",
        "topConnectedNodes",
        "recentErrors",
        "sampledAt",
    }
    assert d["counts"]["nodes"] > 0 and d["counts"]["memoryLinks"] > 0  # opportunistic mapping sync
    assert {n["nodeType"] for n in d["topConnectedNodes"]} >= {"repo", "topic"}
    assert set(d["qualityGate"]) == {
        "evaluatedAt",
        "windowHours",
        "minHybridSamples",
        "minCanarySamplesForRelevance",
        "status",
        "canaryBlocked",
        "reasons",
        "current",
        "previous",
    }
    assert d["qualityGate"]["status"] == "insufficient_data"
    g = api.http.get(SDK + "/graph/status?topNodesLimit=2&tenantId=t9", headers=api.auth()).json()
    assert g["ok"] is True and len(g["data"]["topConnectedNodes"]) <= 2
    assert g["data"]["scope"]["tenantId"] == "t9"
    bad = api.http.get(SDK + "/graph/status?topNodesLimit=abc", headers=api.auth())
    assert bad.status_code == 400


def test_trace_shape(api: Api) -> None:
    rule = api.ok("/memories/add", {"content": "r1", "type": "rule"}, 201)
    note = api.ok("/memories/add", {"content": "n1"}, 201)
    d = api.ok("/graph/trace", {})  # [H] the policy default: lexical -> baseline
    assert d["strategy"] == {"requested": "baseline", "applied": "baseline"}
    assert d["trace"]["retrievalPolicySelection"] == "policy_default"
    assert d["trace"]["fallbackReason"] is None
    hybrid = api.ok("/graph/trace", {"strategy": "hybrid_graph"})
    assert hybrid["strategy"] == {"requested": "hybrid_graph", "applied": "baseline"}
    assert hybrid["trace"]["fallbackReason"] == "feature_flag_disabled"
    assert hybrid["trace"]["retrievalPolicySelection"] == "request"
    assert d["tiers"] == {"ruleIds": [rule["id"]], "workingIds": [], "longTermIds": [note["id"]]}
    assert d["recall"] == [
        {
            "rank": 1,
            "memoryId": note["id"],
            "layer": "long_term",
            "type": "note",
            "scope": "global",
            "projectId": None,
            "source": "baseline",
            "graph": None,
        }
    ]
    assert d["includeRules"] is True and d["query"] == "" and d["mode"] == "all"
    assert api.ok("/graph/trace", {"includeRules": False})["rules"] == []


def test_rollout_persisted_and_canary_gate(api: Api) -> None:
    d = api.http.get(SDK + "/graph/rollout", headers=api.auth()).json()["data"]
    assert d["rollout"]["mode"] == "off" and set(d) == {
        "rollout",
        "shadowMetrics",
        "qualityGate",
        "scope",
        "rolloutPlan",
        "retrievalPolicy",
    }
    d = api.ok("/graph/rollout", {"mode": "shadow"})
    assert d["rollout"]["mode"] == "shadow"
    assert d["rollout"]["updatedBy"] == api.server.config.owner_id
    r = api.http.patch(SDK + "/graph/rollout", json={"mode": "off"}, headers=api.auth())
    assert r.status_code == 200 and r.json()["data"]["rollout"]["mode"] == "off"
    assert api.http.get(SDK + "/graph/rollout", headers=api.auth()).json()["data"]["rollout"]["mode"] == "off"
    # 20 hybrid requests all falling back (retrieval disabled) -> FALLBACK_RATE_ABOVE_LIMIT blocks canary
    for _ in range(20):
        api.ok("/graph/trace", {"strategy": "hybrid_graph"})
    err = api.err("/graph/rollout", {"mode": "canary"}, 409, "CANARY_ROLLOUT_BLOCKED")
    assert err["type"] == "validation_error" and err["retryable"] is False
    assert err["message"] == (
        "Canary rollout blocked by retrieval quality gate. Resolve regressions or keep shadow mode."
    )
    assert err["details"] == {
        "reasonCodes": ["FALLBACK_RATE_ABOVE_LIMIT"],
        "qualityStatus": "fail",
        "windowHours": 24,
    }
    status = api.ok("/graph/status", {})
    assert "CANARY_QUALITY_GATE_BLOCKED" in [a["code"] for a in status["alarms"]]
    # the other tenant has its own metrics: canary allowed there
    assert (
        api.ok("/graph/rollout", {"mode": "canary", "scope": {"tenantId": "fresh"}})["rollout"]["mode"]
        == "canary"
    )


def test_configured_canary_gate(make_api: Callable[..., Api], clock: Clock) -> None:
    api = make_api(clock=clock, canary_gate=["EXPANSION_COVERAGE_TOO_LOW"])
    err = api.err("/graph/rollout", {"mode": "canary"}, 409, "CANARY_ROLLOUT_BLOCKED")
    assert err["details"]["reasonCodes"] == ["EXPANSION_COVERAGE_TOO_LOW"]
    api2 = make_api(clock=clock, canary_gate=[])
    assert api2.ok("/graph/rollout", {"mode": "canary"})["rollout"]["mode"] == "canary"


def test_graph_expansion_when_enabled(make_api: Callable[..., Api], clock: Clock) -> None:
    api = make_api(clock=clock, graph_mapping_enabled=True, graph_retrieval_enabled=True, canary_gate=[])
    seed = api.ok(
        "/memories/add", {"content": "alpha deploy notes", "type": "fact", "tags": ["rollout"]}, 201
    )
    linked = api.ok(
        "/memories/add", {"content": "unrelated words", "type": "decision", "tags": ["rollout"]}, 201
    )
    d = api.ok("/graph/trace", {"query": "alpha", "limit": 1, "strategy": "hybrid_graph"})
    assert d["trace"]["rolloutMode"] == "canary" and d["strategy"]["applied"] == "hybrid_graph"
    by_id = {r["memoryId"]: r for r in d["recall"]}
    assert by_id[seed["id"]]["source"] == "baseline"
    assert by_id[linked["id"]]["source"] == "graph_expansion"
    assert by_id[linked["id"]]["graph"]["linkedViaNode"] == "topic:rollout"
    assert by_id[linked["id"]]["graph"]["edgeType"] == "shared_node"


def test_rollout_plan_and_retrieval_policy(api: Api) -> None:
    status = api.ok("/graph/status", {})
    plan = status["rolloutPlan"]
    assert (plan["currentMode"], plan["recommendedMode"]) == ("off", "shadow")
    assert plan["defaultBehaviorDecision"] == "hold_lexical_default" and plan["readyForDefaultOn"] is False
    assert "MIN_HYBRID_SAMPLES_NOT_MET" in plan["blockerCodes"]
    assert [s["stage"] for s in plan["stages"]] == ["shadow", "canary", "default_on"]
    assert plan["stages"][0]["blockerCodes"] == ["ROLLOUT_MODE_OFF"] and len(plan["baseline"]) == 8
    d = api.http.get(SDK + "/graph/rollout", headers=api.auth()).json()["data"]
    assert (
        d["retrievalPolicy"]["defaultStrategy"] == "lexical"
        and d["retrievalPolicy"]["readyWindowStreak"] == 0
    )
    assert d["rolloutPlan"]["blockerCodes"] == plan["blockerCodes"]
    trace = api.ok("/graph/trace", {})["trace"]
    assert (
        trace["retrievalPolicyDefaultStrategy"] == "lexical"
        and trace["retrievalPolicyReadyForDefaultOn"] is False
    )


def test_autopilot_promotes_hybrid_default(make_api: Callable[..., Api], clock: Clock) -> None:
    api = make_api(clock=clock, graph_mapping_enabled=True, graph_retrieval_enabled=True, canary_gate=[])
    api.ok("/memories/add", {"content": "alpha deploy notes", "type": "fact", "tags": ["rollout"]}, 201)
    api.ok("/memories/add", {"content": "unrelated words", "type": "decision", "tags": ["rollout"]}, 201)
    api.ok("/graph/rollout", {"mode": "canary"})
    for _ in range(20):  # enough canary samples with graph expansion for default-on
        assert (
            api.ok("/graph/trace", {"query": "alpha", "limit": 1, "strategy": "hybrid_graph"})["trace"][
                "graphExpandedCount"
            ]
            == 1
        )
    first = api.http.get(SDK + "/graph/rollout", headers=api.auth()).json()["data"]["retrievalPolicy"]
    assert (first["lastDecision"], first["readyWindowStreak"], first["defaultStrategy"]) == (
        "enable_hybrid_default",
        1,
        "lexical",
    )
    # promoted after two consecutive ready evaluations
    policy = api.http.get(SDK + "/graph/rollout", headers=api.auth()).json()["data"]["retrievalPolicy"]
    assert policy["readyWindowStreak"] == 2 and policy["defaultStrategy"] == "hybrid"
    assert policy["updatedBy"] == api.server.config.owner_id
    # the policy default now applies to requests that name no strategy
    ctx = api.ok("/context/get", {"query": "alpha"})
    assert ctx["trace"]["semanticStrategyRequested"] == "hybrid"
    assert ctx["trace"]["requestedStrategy"] == "hybrid_graph"
    assert api.ok("/graph/trace", {})["strategy"]["requested"] == "hybrid_graph"
    assert api.ok("/context/get", {"strategy": "lexical"})["trace"]["semanticStrategyRequested"] == "lexical"
