"""[H] observability snapshots over the local tables (``observability.ts`` of memory-service, sdk-embeddings).

The stand-in embeds synchronously, so embedding queue, worker and retrieval-latency figures are zero.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from . import _embedding_routes as E
from ._app import State
from ._auth import AuthContext
from ._common import iso, parse_iso
from ._store import Database


def scope_echo(q: dict[str, Any], *extra: str) -> dict[str, Any]:
    return {k: q.get(k) for k in ("tenantId", "projectId", "userId", *extra)}


def memory_snapshot(state: State, db: Database, q: dict[str, Any]) -> dict[str, Any]:
    """``getMemoryLifecycleObservabilitySnapshot`` over the local tables."""
    now, hours = state.now(), q.get("windowHours", 24)
    start_dt = parse_iso(now)
    assert start_dt is not None
    since = iso(start_dt - timedelta(hours=hours))
    where, args = "1 = 1", []
    for column, name in (("project_id", "projectId"), ("user_id", "userId")):
        if q.get(name):
            where += f" AND {column} = ?"
            args.append(q[name])

    def count(extra: str, *more: Any) -> int:
        return int(
            db.query(f"SELECT COUNT(*) AS n FROM memories WHERE {where} AND {extra}", [*args, *more])[0]["n"]
        )

    runs = db.query(
        f"SELECT * FROM memory_consolidation_runs WHERE {where} AND created_at >= ? ORDER BY created_at DESC",
        [*args, since],
    )
    merged, superseded, conflicted = (
        sum(r[k] for r in runs) for k in ("merged_count", "superseded_count", "conflicted_count")
    )
    links = db.query("SELECT created_at FROM memory_links WHERE link_type = 'contradicts'")
    window = [r for r in links if r["created_at"] >= since]
    compacted = db.query(
        f"SELECT COUNT(*) AS n FROM memory_sessions WHERE {where} AND status = 'compacted'", args
    )[0]["n"]
    daily: dict[str, int] = {}
    for r in window:
        daily[r["created_at"][:10]] = daily.get(r["created_at"][:10], 0) + 1
    return {
        "sampledAt": now,
        "windowHours": hours,
        "scope": scope_echo(q),
        "lifecycle": {
            "createdCount": count("created_at >= ?", since),
            "updatedCount": count("updated_at >= ? AND updated_at != created_at", since),
            "deletedCount": count("deleted_at >= ?", since),
            "activeCount": count("deleted_at IS NULL"),
            "totalCount": count("1 = 1"),
        },
        "compaction": {
            "totalEvents": 0,
            "byTrigger": {"count": 0, "time": 0, "semantic": 0},
            "compactedSessions": compacted,
            "checkpointMissingCount": 0,
            "checkpointCoverage": 1,
        },
        "consolidation": {
            "runCount": len(runs),
            "mergedCount": merged,
            "supersededCount": superseded,
            "conflictedCount": conflicted,
            "conflictRate": round(conflicted / superseded, 4) if superseded else 0,
            "lastRunAt": runs[0]["created_at"] if runs else None,
        },
        "contradictions": {
            "totalCount": len(links),
            "windowCount": len(window),
            "trend": "up" if window else "flat",
            "daily": [{"date": d, "count": n} for d, n in sorted(daily.items())],
        },
        "alarms": [],
        "health": "healthy",
    }


def embedding_snapshot(state: State, auth: AuthContext, db: Database, q: dict[str, Any]) -> dict[str, Any]:
    """``getEmbeddingObservabilitySnapshot``: the stand-in embeds synchronously (no queue, no worker)."""
    cost = E.usage(state, auth.owner_id, q)["summary"]
    scopes = db.query("SELECT state FROM embedding_backfill_state")
    zero_worker = {
        "attempts": 0,
        "successCount": 0,
        "retryCount": 0,
        "deadLetterCount": 0,
        "skippedCount": 0,
        "failureRate": 0,
        "retryRate": 0,
        "avgDurationMs": 0,
        "p50DurationMs": 0,
        "p95DurationMs": 0,
        "durationSampleCount": 0,
        "topErrorCodes": [],
    }
    return {
        "sampledAt": state.now(),
        "windowHours": q.get("windowHours", 24),
        "scope": scope_echo(q, "modelId"),
        "slos": {
            "queueLagMs": {"warning": 120_000, "critical": 600_000},
            "deadLetterRate": {"warning": 0.02, "critical": 0.05, "minSamples": 20},
            "retrievalFallbackRate": {"warning": 0.05, "critical": 0.15, "minSamples": 20},
            "retrievalP95LatencyMs": {"warning": 1_200, "critical": 2_500, "minSamples": 10},
            "staleProcessingCount": {"warning": 1, "critical": 5},
            "backfillErrorRuns": {"warning": 1, "critical": 5},
        },
        "queue": {
            "queuedCount": 0,
            "processingCount": 0,
            "deadLetterCount": 0,
            "staleProcessingCount": 0,
            "oldestDueAt": None,
            "oldestClaimedAt": None,
            "queueLagMs": 0,
        },
        "worker": zero_worker,
        "backfill": {
            "runs": 0,
            "scannedCount": 0,
            "enqueuedCount": 0,
            "errorRuns": 0,
            "avgDurationMs": 0,
            "lastRunAt": None,
            "activeScopes": len(scopes),
            "runningScopes": 0,
            "pausedScopes": 0,
        },
        "retrieval": {
            "totalRequests": 0,
            "hybridRequested": 0,
            "fallbackCount": 0,
            "fallbackRate": 0,
            "avgLatencyMs": 0,
            "p50LatencyMs": 0,
            "p95LatencyMs": 0,
            "latencySampleCount": 0,
            "lastFallbackAt": None,
            "lastFallbackReason": None,
        },
        "cost": {
            "usageMonth": cost["usageMonth"],
            "requestCount": cost["requestCount"],
            "inputTokens": cost["inputTokens"],
            "gatewayCostUsd": cost["gatewayCostUsd"],
            "marketCostUsd": cost["marketCostUsd"],
            "customerCostUsd": cost["customerCostUsd"],
            "customerCostPerRequestUsd": round(cost["customerCostUsd"] / cost["requestCount"], 8)
            if cost["requestCount"]
            else 0,
        },
        "alarms": [],
        "health": "healthy",
    }
