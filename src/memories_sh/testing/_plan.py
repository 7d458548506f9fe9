"""[H] the graph rollout plan and the default-strategy policy (``buildGraphRolloutPlan``,
``evaluateGraphRetrievalPolicy``): the policy's ``defaultStrategy`` is what context/get and
graph/trace use when a request names no strategy; the autopilot promotes it to ``hybrid`` after two
consecutive evaluations ready for default-on, and rolls it back when they stop being ready."""

from __future__ import annotations

from typing import Any

from ._config import ServerConfig
from ._rollout import evaluate_quality, get_config, metrics_summary
from ._store import Database
from ._tables import ensure

SLO = {
    "minShadowExecutionsForCanary": 40,
    "minShadowAverageGraphCandidates": 1,
    "maxShadowGraphErrorRateForCanary": 0.05,
    "minHybridSamplesForDefaultOn": 20,
    "minCanarySamplesForDefaultOn": 12,
    "maxFallbackRateForDefaultOn": 0.15,
    "maxGraphErrorRateForDefaultOn": 0.05,
    "minExpansionCoverageForDefaultOn": 0.1,
}
PROMOTE_AFTER_READY_WINDOWS = 2


def _metric(name: str, comparator: str, target: float, current: float) -> dict[str, Any]:
    current, target = round(float(current), 4), round(float(target), 4)
    ready = current >= target if comparator == ">=" else current <= target
    gap = max(0.0, target - current) if comparator == ">=" else max(0.0, current - target)
    return {
        "metric": name,
        "comparator": comparator,
        "target": target,
        "current": current,
        "gapToGoal": round(gap, 4),
        "ready": ready,
    }


def build_plan(
    now: str, rollout: dict[str, Any], shadow: dict[str, Any], gate: dict[str, Any]
) -> dict[str, Any]:
    """``buildGraphRolloutPlan``: canary and default-on readiness with their blocker codes."""
    shadow_error_rate = round(shadow["graphErrorFallbacks"] / max(1, shadow["shadowExecutions"]), 4)
    canary = []
    if shadow["shadowExecutions"] < SLO["minShadowExecutionsForCanary"]:
        canary.append("MIN_SHADOW_EXECUTIONS_NOT_MET")
    if shadow["avgGraphCandidates"] < SLO["minShadowAverageGraphCandidates"]:
        canary.append("SHADOW_GRAPH_CANDIDATES_TOO_LOW")
    if shadow_error_rate > SLO["maxShadowGraphErrorRateForCanary"]:
        canary.append("SHADOW_GRAPH_ERROR_RATE_ABOVE_LIMIT")
    cur = gate["current"]
    checks = [
        (cur["hybridRequested"] < SLO["minHybridSamplesForDefaultOn"], "MIN_HYBRID_SAMPLES_NOT_MET"),
        (cur["canaryApplied"] < SLO["minCanarySamplesForDefaultOn"], "MIN_CANARY_SAMPLES_NOT_MET"),
        (cur["fallbackRate"] > SLO["maxFallbackRateForDefaultOn"], "FALLBACK_RATE_ABOVE_LIMIT"),
        (
            cur["graphErrorFallbackRate"] > SLO["maxGraphErrorRateForDefaultOn"],
            "GRAPH_ERROR_RATE_ABOVE_LIMIT",
        ),
        (
            cur["expansionCoverageRate"] < SLO["minExpansionCoverageForDefaultOn"],
            "EXPANSION_COVERAGE_TOO_LOW",
        ),
        (gate["canaryBlocked"], "CANARY_QUALITY_GATE_BLOCKED"),
        (gate["status"] != "pass", f"QUALITY_STATUS_{gate['status'].upper()}"),
    ]
    default_on = [code for failed, code in checks if failed]
    mode, ready = rollout["mode"], not default_on
    recommended = "shadow" if mode == "off" else "canary" if mode == "shadow" and not canary else mode
    return {
        "evaluatedAt": now,
        "currentMode": mode,
        "recommendedMode": recommended,
        "defaultBehaviorDecision": "enable_hybrid_default" if ready else "hold_lexical_default",
        "rationale": "Canary SLOs and minimum sample sizes are satisfied; switch default retrieval to hybrid."
        if ready
        else f"Hold lexical default until blockers clear: {', '.join(default_on)}.",
        "readyForDefaultOn": ready,
        "blockerCodes": default_on,
        "stages": [
            {
                "stage": "shadow",
                "ready": mode != "off",
                "requiredSamples": 0,
                "currentSamples": shadow["totalRequests"],
                "blockerCodes": ["ROLLOUT_MODE_OFF"] if mode == "off" else [],
            },
            {
                "stage": "canary",
                "ready": not canary,
                "requiredSamples": SLO["minShadowExecutionsForCanary"],
                "currentSamples": shadow["shadowExecutions"],
                "blockerCodes": canary,
            },
            {
                "stage": "default_on",
                "ready": ready,
                "requiredSamples": SLO["minCanarySamplesForDefaultOn"],
                "currentSamples": cur["canaryApplied"],
                "blockerCodes": default_on,
            },
        ],
        "baseline": [
            _metric(
                "shadow_executions", ">=", SLO["minShadowExecutionsForCanary"], shadow["shadowExecutions"]
            ),
            _metric("shadow_avg_graph_candidates", ">=", 1, shadow["avgGraphCandidates"]),
            _metric("shadow_graph_error_rate", "<=", 0.05, shadow_error_rate),
            _metric("hybrid_samples", ">=", SLO["minHybridSamplesForDefaultOn"], cur["hybridRequested"]),
            _metric("canary_samples", ">=", SLO["minCanarySamplesForDefaultOn"], cur["canaryApplied"]),
            _metric("fallback_rate", "<=", SLO["maxFallbackRateForDefaultOn"], cur["fallbackRate"]),
            _metric(
                "graph_error_rate", "<=", SLO["maxGraphErrorRateForDefaultOn"], cur["graphErrorFallbackRate"]
            ),
            _metric("expansion_coverage", ">=", 0.1, cur["expansionCoverageRate"]),
        ],
        "slo": dict(SLO),
        "autopilot": {"enabled": False, "applied": False},
    }


def snapshot(
    db: Database, cfg: ServerConfig, now: str, updated_by: str | None, autopilot: bool = True
) -> dict[str, Any]:
    """``evaluateGraphRetrievalPolicy``: rollout, metrics, gate, plan and the (persisted) policy."""
    rollout = get_config(db, cfg, now)
    shadow, gate = metrics_summary(db, now, 24), evaluate_quality(db, cfg, now, 24)
    plan = build_plan(now, rollout, shadow, gate)
    with ensure(db).tx() as conn:
        row = conn.execute("SELECT * FROM graph_retrieval_policy WHERE id = 1").fetchone()
        strategy: str = row["default_strategy"] if row else "lexical"
        streak: int = row["ready_window_streak"] + 1 if row and plan["readyForDefaultOn"] else 0
        streak = streak or (1 if plan["readyForDefaultOn"] else 0)
        previous_by: str | None = row["updated_by"] if row else None
        if strategy != "hybrid" and plan["readyForDefaultOn"] and streak >= PROMOTE_AFTER_READY_WINDOWS:
            desired = "hybrid"
        elif strategy == "hybrid" and not plan["readyForDefaultOn"]:
            desired = "lexical"
        else:
            desired = strategy
        applied = autopilot and desired != strategy
        policy = {
            "defaultStrategy": desired if autopilot else strategy,
            "readyWindowStreak": streak,
            "lastDecision": plan["defaultBehaviorDecision"],
            "lastEvaluatedAt": now,
            "updatedAt": now,
            "updatedBy": updated_by if applied else previous_by,
        }
        conn.execute(
            "INSERT OR REPLACE INTO graph_retrieval_policy VALUES (1, ?, ?, ?, ?, ?, ?)",
            tuple(policy.values()),
        )
    return {"rollout": rollout, "shadowMetrics": shadow, "qualityGate": gate, "plan": plan, "policy": policy}
