"""[H] ``management/memory/eval/replay``: the service's deterministic replay evaluation (``eval.ts``)."""

from __future__ import annotations

from typing import Any

from ._common import iso, parse_iso

DEFAULT_CRITERIA = {
    "extractionF1": 0.7,
    "compactionRetention": 0.85,
    "triggerAccuracy": 0.9,
    "casePassRatio": 0.85,
}


def _norm(text: str) -> str:
    return " ".join(text.lower().split())


def _ratio(num: float, den: float) -> float:
    return num / den if den > 0 else 0.0


def _round(value: float) -> float:
    return round(value, 4)


def _trigger_from_signals(s: dict[str, Any] | None, now: str) -> str | None:
    if not s:
        return None
    tokens, budget = s.get("estimatedTokens"), s.get("budgetTokens")
    turns, turn_budget = s.get("turnCount"), s.get("turnBudget")
    if (tokens is not None and budget and tokens > budget) or (
        turns is not None and turn_budget and turns > turn_budget
    ):
        return "count"
    threshold = s.get("inactivityThresholdMinutes")
    at = parse_iso(s.get("lastActivityAt") or "")
    ref = parse_iso(s.get("nowIso") or "") or parse_iso(now)
    if threshold and at and ref and (ref - at).total_seconds() * 1000 >= threshold * 60_000:
        return "time"
    return "semantic" if s.get("taskCompleted") is True else None


def _extraction(x: dict[str, Any], c: dict[str, float]) -> dict[str, Any]:
    expected = {_norm(v) for v in x["expected"]} - {""}
    observed = {_norm(v) for v in x["observed"]} - {""}
    tp = len(observed & expected)
    precision, recall = _ratio(tp, len(observed)), _ratio(tp, len(expected))
    f1 = _ratio(2 * precision * recall, precision + recall) if precision or recall else 0.0
    return {
        "expectedCount": len(expected),
        "observedCount": len(observed),
        "truePositiveCount": tp,
        "falsePositiveCount": len(observed) - tp,
        "falseNegativeCount": len(expected) - tp,
        "precision": _round(precision),
        "recall": _round(recall),
        "f1": _round(f1),
        "pass": f1 >= c["extractionF1"],
    }


def _compaction(x: dict[str, Any], c: dict[str, float]) -> dict[str, Any]:
    checkpoint = _norm(x["checkpoint"])
    facts = [f.strip() for f in x["requiredFacts"] if f.strip()]
    missing = [f for f in facts if _norm(f) not in checkpoint]
    retention = _ratio(len(facts) - len(missing), len(facts)) if facts else 1.0
    return {
        "requiredCount": len(facts),
        "retainedCount": len(facts) - len(missing),
        "missingFacts": missing,
        "retention": _round(retention),
        "pass": retention >= c["compactionRetention"],
    }


def _trigger(x: dict[str, Any], c: dict[str, float], now: str) -> dict[str, Any]:
    actual = x["observed"] if "observed" in x else _trigger_from_signals(x.get("signals"), now)
    matched = actual == x["expected"]
    return {
        "expected": x["expected"],
        "actual": actual,
        "matched": matched,
        "pass": (1.0 if matched else 0.0) >= c["triggerAccuracy"],
    }


def run_replay(body: dict[str, Any], now: str) -> dict[str, Any]:
    """``runReplayEval``: per-scenario scores and the gate summary."""
    criteria = {**DEFAULT_CRITERIA, **(body.get("passCriteria") or {})}
    evaluated = parse_iso(body.get("nowIso") or "")
    results: list[dict[str, Any]] = []
    for index, sc in enumerate(body["scenarios"]):
        ext = _extraction(sc["extraction"], criteria) if "extraction" in sc else None
        comp = _compaction(sc["compaction"], criteria) if "compaction" in sc else None
        trig = _trigger(sc["trigger"], criteria, now) if "trigger" in sc else None
        parts: list[float] = []
        if ext:
            parts.append(ext["f1"])
        if comp:
            parts.append(comp["retention"])
        if trig:
            parts.append(1.0 if trig["matched"] else 0.0)
        passes = [p["pass"] for p in (ext, comp, trig) if p]
        results.append(
            {
                "id": sc.get("id") or f"scenario-{index + 1}",
                "title": sc.get("title") or None,
                "score": _round(sum(parts) / len(parts) if parts else 0),
                "status": "pass" if passes and all(passes) else "fail" if parts else "warn",
                "extraction": ext,
                "compaction": comp,
                "trigger": trig,
            }
        )

    def avg(key: str, values: list[Any]) -> float:
        return _round(sum(v[key] for v in values) / len(values)) if values else 0

    exts = [r["extraction"] for r in results if r["extraction"]]
    comps = [r["compaction"] for r in results if r["compaction"]]
    trigs = [r["trigger"] for r in results if r["trigger"]]
    summary: dict[str, Any] = {
        "evaluatedAt": iso(evaluated) if evaluated else now,
        "criteria": criteria,
        "scenarios": len(results),
        "extractionCases": len(exts),
        "compactionCases": len(comps),
        "triggerCases": len(trigs),
        "extractionF1Avg": avg("f1", exts),
        "compactionRetentionAvg": avg("retention", comps),
        "triggerAccuracy": _round(sum(1 for t in trigs if t["matched"]) / len(trigs)) if trigs else 0,
        "passRate": _round(sum(1 for r in results if r["status"] == "pass") / len(results)) if results else 0,
        "scoreAvg": avg("score", results),
    }
    gate = (
        summary["passRate"] >= criteria["casePassRatio"]
        and (not exts or summary["extractionF1Avg"] >= criteria["extractionF1"])
        and (not comps or summary["compactionRetentionAvg"] >= criteria["compactionRetention"])
        and (not trigs or summary["triggerAccuracy"] >= criteria["triggerAccuracy"])
    )
    summary["status"] = "pass" if gate else "warn" if summary["passRate"] >= 0.5 else "fail"
    return {"summary": summary, "scenarios": results}
