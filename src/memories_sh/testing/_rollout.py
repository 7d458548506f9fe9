"""Graph rollout state (§2.5): config, recorded retrieval metrics, the canary quality gate."""

from __future__ import annotations

import uuid
from datetime import timedelta
from typing import Any

from ._common import iso, parse_iso
from ._config import ServerConfig
from ._store import Database

T = {
    "windowHours": 24,
    "minHybridSamples": 20,
    "minCanarySamplesForRelevance": 12,
    "maxFallbackRate": 0.15,
    "maxGraphErrorFallbackRate": 0.05,
    "maxFallbackRateIncrease": 0.07,
    "maxGraphErrorRateIncrease": 0.03,
    "minExpansionCoverageRate": 0.1,
    "maxExpansionCoverageDrop": 0.25,
    "maxCandidateLiftDropRatio": 0.35,
}
MODES = ("off", "shadow", "canary")


def _default_mode(cfg: ServerConfig) -> str:
    return "canary" if cfg.graph_retrieval_enabled else "off"


def _shift(now: str, hours: float) -> str:
    dt = parse_iso(now)
    assert dt is not None
    return iso(dt - timedelta(hours=hours))


def get_config(db: Database, cfg: ServerConfig, now: str) -> dict[str, Any]:
    with db.tx() as conn:
        row = conn.execute(
            "SELECT mode, updated_at, updated_by FROM graph_rollout_config WHERE id = 1"
        ).fetchone()
        if row:
            mode = row["mode"] if row["mode"] in MODES else _default_mode(cfg)
            return {"mode": mode, "updatedAt": row["updated_at"] or now, "updatedBy": row["updated_by"]}
        mode = _default_mode(cfg)
        conn.execute(
            "INSERT INTO graph_rollout_config (id, mode, updated_at, updated_by) VALUES (1, ?, ?, NULL)",
            (mode, now),
        )
    return {"mode": mode, "updatedAt": now, "updatedBy": None}


def set_config(db: Database, mode: str, now: str, updated_by: str | None) -> dict[str, Any]:
    with db.tx() as conn:
        conn.execute(
            """INSERT INTO graph_rollout_config (id, mode, updated_at, updated_by) VALUES (1, ?, ?, ?)
               ON CONFLICT(id) DO UPDATE SET mode = excluded.mode, updated_at = excluded.updated_at,
               updated_by = excluded.updated_by""",
            (mode, now, updated_by),
        )
    return {"mode": mode, "updatedAt": now, "updatedBy": updated_by}


def record_metric(db: Database, now: str, m: dict[str, Any]) -> None:
    with db.tx() as conn:
        conn.execute(
            """INSERT INTO graph_rollout_metrics (id, created_at, mode, requested_strategy, applied_strategy,
               shadow_executed, baseline_candidates, graph_candidates, graph_expanded_count,
               total_candidates, fallback_triggered, fallback_reason) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)""",
            (
                str(uuid.uuid4()),
                now,
                m["mode"],
                m["requestedStrategy"],
                m["appliedStrategy"],
                int(m["shadowExecuted"]),
                m["baselineCandidates"],
                m["graphCandidates"],
                m["graphExpandedCount"],
                m["totalCandidates"],
                int(m["fallbackTriggered"]),
                m["fallbackReason"],
            ),
        )
        conn.execute("DELETE FROM graph_rollout_metrics WHERE created_at < ?", (_shift(now, 7 * 24),))


def _num(value: Any) -> float:
    return float(value) if value is not None else 0.0


def _int(value: Any) -> int:
    return int(value) if value is not None else 0


def _rate(num: float, den: float) -> float:
    return round(num / den, 4) if den > 0 else 0


def metrics_summary(db: Database, now: str, window_hours: int = 24) -> dict[str, Any]:
    start = _shift(now, window_hours)
    row = db.query(
        """SELECT COUNT(*) AS total,
           SUM(CASE WHEN requested_strategy = 'hybrid_graph' THEN 1 ELSE 0 END) AS hybrid,
           SUM(CASE WHEN applied_strategy = 'hybrid_graph' THEN 1 ELSE 0 END) AS canary,
           SUM(CASE WHEN shadow_executed = 1 THEN 1 ELSE 0 END) AS shadow,
           SUM(CASE WHEN fallback_triggered = 1 THEN 1 ELSE 0 END) AS fallbacks,
           SUM(CASE WHEN fallback_reason = 'graph_expansion_error' THEN 1 ELSE 0 END) AS errors,
           AVG(COALESCE(graph_candidates, 0)) AS avg_candidates,
           AVG(COALESCE(graph_expanded_count, 0)) AS avg_expanded
           FROM graph_rollout_metrics WHERE created_at >= ?""",
        (start,),
    )[0]
    last = db.query(
        "SELECT created_at, fallback_reason FROM graph_rollout_metrics WHERE created_at >= ? "
        "AND fallback_triggered = 1 ORDER BY created_at DESC LIMIT 1",
        (start,),
    )
    total, fallbacks = _int(row["total"]), _int(row["fallbacks"])
    return {
        "windowHours": window_hours,
        "totalRequests": total,
        "hybridRequested": _int(row["hybrid"]),
        "canaryApplied": _int(row["canary"]),
        "shadowExecutions": _int(row["shadow"]),
        "fallbackCount": fallbacks,
        "fallbackRate": fallbacks / total if total > 0 else 0,
        "graphErrorFallbacks": _int(row["errors"]),
        "avgGraphCandidates": round(_num(row["avg_candidates"]), 2),
        "avgGraphExpandedCount": round(_num(row["avg_expanded"]), 2),
        "lastFallbackAt": last[0]["created_at"] if last else None,
        "lastFallbackReason": last[0]["fallback_reason"] if last else None,
    }


def _window(db: Database, start: str, end: str) -> dict[str, Any]:
    h = "requested_strategy = 'hybrid_graph'"
    a = "applied_strategy = 'hybrid_graph'"
    row = db.query(
        f"""SELECT COUNT(*) AS total, SUM(CASE WHEN {h} THEN 1 ELSE 0 END) AS hybrid,
            SUM(CASE WHEN {h} AND {a} THEN 1 ELSE 0 END) AS canary,
            SUM(CASE WHEN {h} AND fallback_triggered = 1 THEN 1 ELSE 0 END) AS fallbacks,
            SUM(CASE WHEN {h} AND fallback_reason = 'graph_expansion_error' THEN 1 ELSE 0 END) AS errors,
            SUM(CASE WHEN {h} AND {a} AND graph_expanded_count > 0 THEN 1 ELSE 0 END) AS expanded,
            AVG(CASE WHEN {h} AND {a} THEN graph_expanded_count END) AS avg_expanded,
            AVG(CASE WHEN {h} AND {a} THEN MAX(total_candidates - baseline_candidates, 0) END) AS lift
            FROM graph_rollout_metrics WHERE created_at >= ? AND created_at < ?""",
        (start, end),
    )[0]
    hybrid, canary = _int(row["hybrid"]), _int(row["canary"])
    return {
        "startAt": start,
        "endAt": end,
        "totalRequests": _int(row["total"]),
        "hybridRequested": hybrid,
        "canaryApplied": canary,
        "hybridFallbacks": _int(row["fallbacks"]),
        "graphErrorFallbacks": _int(row["errors"]),
        "fallbackRate": _rate(_int(row["fallbacks"]), hybrid),
        "graphErrorFallbackRate": _rate(_int(row["errors"]), hybrid),
        "canaryWithExpansion": _int(row["expanded"]),
        "expansionCoverageRate": _rate(_int(row["expanded"]), canary),
        "avgExpandedCount": round(_num(row["avg_expanded"]), 4),
        "avgCandidateLift": round(_num(row["lift"]), 4),
    }


def _reason(
    code: str, severity: str, metric: str, cur: float, prev: float | None, thr: float | None, message: str
) -> dict[str, Any]:
    return {
        "code": code,
        "severity": severity,
        "blocking": True,
        "metric": metric,
        "currentValue": cur,
        "previousValue": prev,
        "threshold": thr,
        "message": message,
    }


def pct(value: float) -> str:
    return f"{value * 100:.1f}"


def _reasons(cur: dict[str, Any], prev: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    if cur["hybridRequested"] >= T["minHybridSamples"]:
        if cur["fallbackRate"] >= T["maxFallbackRate"]:
            out.append(
                _reason(
                    "FALLBACK_RATE_ABOVE_LIMIT",
                    "critical",
                    "fallback_rate",
                    cur["fallbackRate"],
                    prev["fallbackRate"],
                    T["maxFallbackRate"],
                    f"Fallback rate {pct(cur['fallbackRate'])}% is above "
                    f"{pct(T['maxFallbackRate'])}% threshold.",
                )
            )
        if cur["graphErrorFallbackRate"] >= T["maxGraphErrorFallbackRate"]:
            out.append(
                _reason(
                    "GRAPH_ERROR_RATE_ABOVE_LIMIT",
                    "critical",
                    "graph_error_rate",
                    cur["graphErrorFallbackRate"],
                    prev["graphErrorFallbackRate"],
                    T["maxGraphErrorFallbackRate"],
                    f"Graph error fallback rate {pct(cur['graphErrorFallbackRate'])}% is above "
                    f"{pct(T['maxGraphErrorFallbackRate'])}% threshold.",
                )
            )
        if prev["hybridRequested"] >= T["minHybridSamples"]:
            delta = cur["fallbackRate"] - prev["fallbackRate"]
            if delta >= T["maxFallbackRateIncrease"]:
                out.append(
                    _reason(
                        "FALLBACK_RATE_REGRESSION",
                        "critical",
                        "fallback_rate",
                        cur["fallbackRate"],
                        prev["fallbackRate"],
                        T["maxFallbackRateIncrease"],
                        f"Fallback rate regressed by {pct(delta)} points window-over-window.",
                    )
                )
            delta = cur["graphErrorFallbackRate"] - prev["graphErrorFallbackRate"]
            if delta >= T["maxGraphErrorRateIncrease"]:
                out.append(
                    _reason(
                        "GRAPH_ERROR_RATE_REGRESSION",
                        "critical",
                        "graph_error_rate",
                        cur["graphErrorFallbackRate"],
                        prev["graphErrorFallbackRate"],
                        T["maxGraphErrorRateIncrease"],
                        f"Graph error fallback rate regressed by {pct(delta)} points window-over-window.",
                    )
                )
    if cur["canaryApplied"] >= T["minCanarySamplesForRelevance"]:
        if cur["expansionCoverageRate"] < T["minExpansionCoverageRate"]:
            out.append(
                _reason(
                    "EXPANSION_COVERAGE_TOO_LOW",
                    "warning",
                    "expansion_coverage",
                    cur["expansionCoverageRate"],
                    prev["expansionCoverageRate"],
                    T["minExpansionCoverageRate"],
                    f"Graph expansion coverage {pct(cur['expansionCoverageRate'])}% is below "
                    f"{pct(T['minExpansionCoverageRate'])}% minimum.",
                )
            )
        if prev["canaryApplied"] >= T["minCanarySamplesForRelevance"]:
            drop = prev["expansionCoverageRate"] - cur["expansionCoverageRate"]
            if drop >= T["maxExpansionCoverageDrop"]:
                out.append(
                    _reason(
                        "EXPANSION_COVERAGE_REGRESSION",
                        "warning",
                        "expansion_coverage",
                        cur["expansionCoverageRate"],
                        prev["expansionCoverageRate"],
                        T["maxExpansionCoverageDrop"],
                        f"Graph expansion coverage dropped {pct(drop)} points window-over-window.",
                    )
                )
            if prev["avgCandidateLift"] > 0:
                floor = prev["avgCandidateLift"] * (1 - T["maxCandidateLiftDropRatio"])
                if cur["avgCandidateLift"] < floor:
                    out.append(
                        _reason(
                            "CANDIDATE_LIFT_REGRESSION",
                            "warning",
                            "candidate_lift",
                            cur["avgCandidateLift"],
                            prev["avgCandidateLift"],
                            floor,
                            f"Average candidate lift dropped from {prev['avgCandidateLift']:.2f} to "
                            f"{cur['avgCandidateLift']:.2f}.",
                        )
                    )
    return out


def evaluate_quality(db: Database, cfg: ServerConfig, now: str, window_hours: int = 24) -> dict[str, Any]:
    start = _shift(now, window_hours)
    prev_start = _shift(start, window_hours)
    cur, prev = _window(db, start, now), _window(db, prev_start, start)
    reasons = _reasons(cur, prev)
    if cfg.canary_gate is not None:  # configured override of the gate's verdict
        reasons = [
            _reason(
                code,
                "critical",
                "fallback_rate",
                cur["fallbackRate"],
                prev["fallbackRate"],
                None,
                f"Quality gate forced by configuration ({code}).",
            )
            for code in cfg.canary_gate
        ]
    blocked = any(r["blocking"] for r in reasons)
    if cfg.canary_gate:
        status = "fail"
    elif cur["hybridRequested"] < T["minHybridSamples"] and cfg.canary_gate is None:
        status = "insufficient_data"
    else:
        status = "fail" if blocked else ("warn" if reasons else "pass")
    return {
        "evaluatedAt": now,
        "windowHours": window_hours,
        "minHybridSamples": T["minHybridSamples"],
        "minCanarySamplesForRelevance": T["minCanarySamplesForRelevance"],
        "status": status,
        "canaryBlocked": blocked,
        "reasons": reasons,
        "current": cur,
        "previous": prev,
    }
