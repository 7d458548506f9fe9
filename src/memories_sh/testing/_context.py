"""``getContextPayload`` / ``getRulesPayload``: rules, the working/long-term split, the trace (§2.4, §3.2)."""

from __future__ import annotations

from typing import Any

from ._config import ServerConfig
from ._graph_map import expand
from ._retrieval import rank as rank_strategy
from ._rollout import evaluate_quality, get_config, record_metric
from ._rows import (
    COLUMNS,
    format_memory,
    layer_filter,
    project_filter,
    resolve_layer,
    structured,
    user_filter,
)
from ._store import Database


def _rules(db: Database, project_id: str | None, user_id: str | None, now: str) -> list[Any]:
    proj, pargs = project_filter(project_id)
    users, uargs = user_filter(user_id)
    return db.query(
        f"""SELECT {COLUMNS} FROM memories WHERE deleted_at IS NULL AND {layer_filter("rule")} AND {proj}
            AND {users} AND (expires_at IS NULL OR expires_at > ?) ORDER BY scope DESC, created_at
              DESC, rowid DESC""",
        [*pargs, *uargs, now],
    )


def _rules_text(rows: list[Any]) -> str:
    text = ""
    project = [r for r in rows if r["scope"] == "project"]
    glob = [r for r in rows if r["scope"] == "global"]
    if project:
        text += "## Project Rules\n" + "\n".join(f"- {r['content']}" for r in project) + "\n\n"
    if glob:
        text += "## Global Rules\n" + "\n".join(f"- {r['content']}" for r in glob)
    return text


def rules_payload(
    db: Database, project_id: str | None, user_id: str | None, now: str
) -> tuple[str, dict[str, Any]]:
    rows = _rules(db, project_id, user_id, now)
    if not rows:
        return "No rules found.", {"rules": []}
    return _rules_text(rows), {"rules": [structured(r) for r in rows]}


def _recent(
    db: Database,
    project_id: str | None,
    user_id: str | None,
    layer: str,
    now: str,
    limit: int,
    exclude_rule: bool = False,
) -> list[Any]:
    users, uargs = user_filter(user_id)
    proj, pargs = project_filter(project_id)
    sql = (
        f"SELECT {COLUMNS} FROM memories WHERE deleted_at IS NULL AND {users} AND {layer_filter(layer)} "
        f"AND (expires_at IS NULL OR expires_at > ?) AND {proj}"
    )
    if exclude_rule:
        sql += " AND type != 'rule'"
    return db.query(sql + " ORDER BY updated_at DESC, rowid DESC LIMIT ?", [*uargs, now, *pargs, limit])


def _dedupe(rows: list[Any]) -> list[Any]:
    seen: set[str] = set()
    out = []
    for r in rows:
        key = r["id"] or f"{r['type']}:{r['scope']}:{r['content']}"
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


def context_payload(
    db: Database,
    cfg: ServerConfig,
    now: str,
    *,
    project_id: str | None,
    user_id: str | None,
    query: str,
    limit: int,
    strategy: str = "baseline",
    semantic_strategy: str = "lexical",
    graph_depth: int = 1,
    graph_limit: int = 8,
) -> tuple[str, dict[str, Any]]:
    working_limit = max(1, min(limit, 3))
    rule_rows = _rules(db, project_id, user_id, now)
    text = _rules_text(rule_rows)
    sem = {
        "requested": semantic_strategy,
        "applied": "lexical",
        "lexicalCandidates": 0,
        "semanticCandidates": 0,
        "fallbackTriggered": semantic_strategy != "lexical",
        "fallbackReason": None if semantic_strategy == "lexical" else "query_missing",
    }
    if query:
        working, wt = rank_strategy(
            db, query, semantic_strategy, project_id, user_id, now, working_limit, include_layer="working"
        )
        long_term, lt = rank_strategy(
            db,
            query,
            semantic_strategy,
            project_id,
            user_id,
            now,
            max(1, limit - len(working)),
            include_layer="long_term",
            exclude_type="rule",
        )
        sem_applied = semantic_strategy if semantic_strategy in (wt["applied"], lt["applied"]) else "lexical"
        fell = sem_applied != semantic_strategy or (wt["fallbackTriggered"] and lt["fallbackTriggered"])
        sem.update(
            applied=sem_applied,
            lexicalCandidates=wt["lexicalCandidates"] + lt["lexicalCandidates"],
            semanticCandidates=wt["semanticCandidates"] + lt["semanticCandidates"],
            fallbackTriggered=fell,
            fallbackReason=(wt["fallbackReason"] or lt["fallbackReason"] or "partial_vector_coverage")
            if fell
            else None,
        )
    else:
        working = _recent(db, project_id, user_id, "working", now, working_limit)
        long_term = _recent(db, project_id, user_id, "long_term", now, max(1, limit - len(working)), True)
    relevant = _dedupe([*working, *long_term])
    baseline = len(relevant)
    requested = "hybrid_graph" if strategy == "hybrid_graph" else "baseline"
    depth = graph_depth if graph_depth in (0, 1, 2) else 1
    glimit = max(1, min(int(graph_limit), 50))
    rollout = get_config(db, cfg, now)
    gate = evaluate_quality(db, cfg, now, 24)
    hybrid = requested == "hybrid_graph"
    mode = rollout["mode"]
    gate_blocked = hybrid and mode == "canary" and gate["canaryBlocked"]
    eligible = cfg.graph_retrieval_enabled and depth > 0 and relevant and mode != "off"
    run = bool(eligible) and (hybrid or mode == "shadow")
    apply = run and mode == "canary" and hybrid and not gate_blocked
    reason: str | None = None
    if hybrid:
        if not cfg.graph_retrieval_enabled:
            reason = "feature_flag_disabled"
        elif mode == "off":
            reason = "rollout_off"
        elif gate_blocked:
            reason = "quality_gate_blocked"
        elif mode == "shadow":
            reason = "shadow_mode"
    explain: dict[str, Any] = {}
    graph_candidates = expanded = 0
    applied = False
    if run:
        seeded = {r["id"] for r in relevant}
        ids, reasons, graph_candidates = expand(db, list(seeded), now, depth, glimit)
        if ids:
            users, uargs = user_filter(user_id)
            proj, pargs = project_filter(project_id)
            rows = db.query(
                f"""SELECT {COLUMNS} FROM memories WHERE id IN ({", ".join("?" * len(ids))}) AND
                  deleted_at IS NULL
                    AND type != 'rule' AND (memory_layer = 'working' OR memory_layer IS NULL OR
                    memory_layer = 'long_term') AND {users} AND (expires_at IS NULL OR expires_at >
                      ?) AND {proj}
                    ORDER BY updated_at DESC LIMIT ?""",
                [*ids, *uargs, now, *pargs, glimit],
            )
            rank = {
                mid: 1 / max(1, r["hopCount"]) + (0.25 if r["edgeType"] == "shared_node" else 0)
                for mid, r in reasons.items()
            }
            rows = sorted(
                (r for r in rows if r["id"] not in seeded), key=lambda r: str(r["updated_at"]), reverse=True
            )
            rows = sorted(rows, key=lambda r: rank.get(r["id"], 0), reverse=True)
            added = rows[:glimit] if apply else []
            for r in added:
                explain[r["id"]] = reasons[r["id"]]
            if apply:
                applied = True
                expanded = len(added)
                working = _dedupe([*working, *[r for r in added if resolve_layer(r) == "working"]])
                long_term = _dedupe([*long_term, *[r for r in added if resolve_layer(r) == "long_term"]])
                relevant = _dedupe([*working, *long_term])
        elif apply:
            applied = True
    fallback = hybrid and not applied
    if fallback and not reason:
        reason = "rollout_guardrail"
    trace = {
        "requestedStrategy": requested,
        "strategy": "hybrid_graph" if applied else "baseline",
        "semanticStrategyRequested": sem["requested"],
        "semanticStrategyApplied": sem["applied"],
        "lexicalCandidates": sem["lexicalCandidates"],
        "semanticCandidates": sem["semanticCandidates"],
        "semanticFallbackTriggered": sem["fallbackTriggered"],
        "semanticFallbackReason": sem["fallbackReason"],
        "graphDepth": depth if run else 0,
        "graphLimit": glimit if run else 0,
        "rolloutMode": mode,
        "shadowExecuted": run and not apply,
        "qualityGateStatus": gate["status"],
        "qualityGateBlocked": gate_blocked,
        "qualityGateReasonCodes": [r["code"] for r in gate["reasons"]],
        "baselineCandidates": baseline,
        "graphCandidates": graph_candidates,
        "graphExpandedCount": expanded,
        "conflictCount": 0,
        "fallbackTriggered": fallback,
        "fallbackReason": reason if fallback else None,
        "totalCandidates": len(relevant),
    }
    record_metric(
        db,
        now,
        {
            "mode": mode,
            "requestedStrategy": requested,
            "appliedStrategy": trace["strategy"],
            "shadowExecuted": trace["shadowExecuted"],
            "baselineCandidates": baseline,
            "graphCandidates": graph_candidates,
            "graphExpandedCount": expanded,
            "totalCandidates": len(relevant),
            "fallbackTriggered": fallback,
            "fallbackReason": trace["fallbackReason"],
        },
    )

    def mem(r: Any) -> dict[str, Any]:
        out = structured(r)
        if r["id"] in explain:
            out["graph"] = explain[r["id"]]
        return out

    if relevant:
        text += (
            ("\n\n" if text else "")
            + "## Relevant Memories\n"
            + "\n".join(f"- {format_memory(r)}" for r in relevant)
        )
    return text or "No rules or memories found.", {
        "rules": [structured(r) for r in rule_rows],
        "workingMemories": [mem(r) for r in working],
        "longTermMemories": [mem(r) for r in long_term],
        "memories": [mem(r) for r in relevant],
        "trace": trace,
    }
