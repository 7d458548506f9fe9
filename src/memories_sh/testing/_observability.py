"""[H] management observability routes and the registration of every embeddings/management-memory route."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from starlette.requests import Request

from . import _embedding_routes as E
from . import _schemas as S
from ._app import PREFIX, Router, State, cors
from ._auth import AuthContext
from ._common import iso, parse_iso
from ._embeddings import CATALOG, select_model
from ._eval import run_replay
from ._identity import managed_route
from ._store import Database
from ._tables import ensure

_TRIGGER = S.nullable(S.enum("count", "time", "semantic"))
_FACTS = S.array(S.string(1), 200)
_SIGNALS = S.obj(
    {
        "estimatedTokens": (S.integer(0), False),
        "budgetTokens": (S.integer(1), False),
        "turnCount": (S.integer(0), False),
        "turnBudget": (S.integer(1), False),
        "lastActivityAt": (S.string(1), False),
        "inactivityThresholdMinutes": (S.integer(1), False),
        "taskCompleted": (S.boolean(), False),
        "nowIso": (S.string(1), False),
    }
)
_SCENARIO = S.obj(
    {
        "id": (S.string(1, 160), False),
        "title": (S.string(1, 240), False),
        "extraction": (S.obj({"expected": (_FACTS, True), "observed": (_FACTS, True)}), False),
        "compaction": (
            S.obj({"checkpoint": (S.string(1, 50_000), True), "requiredFacts": (_FACTS, True)}),
            False,
        ),
        "trigger": (
            S.obj(
                {"expected": (_TRIGGER, True), "observed": (_TRIGGER, False), "signals": (_SIGNALS, False)}
            ),
            False,
        ),
    }
)


def _ratio(value: Any) -> float:
    if not S.is_number(value) or not 0 <= value <= 1:
        raise S.Invalid("expected a number between 0 and 1")
    return float(value)


def _scenario(value: Any) -> dict[str, Any]:
    parsed: dict[str, Any] = _SCENARIO(value)
    if not any(k in parsed for k in ("extraction", "compaction", "trigger")):
        raise S.Invalid("Each scenario must include extraction, compaction, or trigger inputs")
    return parsed


def _scenarios(value: Any) -> list[Any]:
    items: list[Any] = S.array(_scenario, 200)(value)
    if not items:
        raise S.Invalid("Too small: expected array to have >=1 items")
    return items


REPLAY = S.obj(
    {
        "tenantId": (S.string(1, 120), False),
        "projectId": (S.string(1, 240), False),
        "userId": (S.string(1, 120), False),
        "nowIso": (S.string(1), False),
        "passCriteria": (
            S.obj(
                {
                    k: (_ratio, False)
                    for k in ("extractionF1", "compactionRetention", "triggerAccuracy", "casePassRatio")
                }
            ),
            False,
        ),
        "scenarios": (_scenarios, True),
    }
)
BACKFILL_POST = S.obj(
    {
        "action": (S.enum("run", "pause", "resume"), False),
        "tenantId": (S.string(1, 120), False),
        "projectId": (S.string(1, 240), False),
        "userId": (S.string(1, 120), False),
        "modelId": (S.string(1, 160), False),
        "batchLimit": (S.integer(1, 10_000), False),
        "throttleMs": (S.integer(0, 5_000), False),
    }
)


def _body(schema: S.Validator) -> Any:
    def parse(request: Request, raw: bytes) -> dict[str, Any]:
        try:
            value = S.parse_json(raw)
        except S.Invalid:
            value = None
        parsed: dict[str, Any] = schema(value)
        return parsed

    return parse


def _db(state: State, auth: AuthContext, q: dict[str, Any]) -> Database:
    return ensure(state.stores.resolve(auth.owner_id, q.get("tenantId")))


def _scope(q: dict[str, Any], *extra: str) -> dict[str, Any]:
    return {k: q.get(k) for k in ("tenantId", "projectId", "userId", *extra)}


def _health(alarms: list[dict[str, Any]]) -> str:
    severities = {a["severity"] for a in alarms}
    return "critical" if "critical" in severities else "degraded" if severities else "healthy"


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
        "scope": _scope(q),
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
        "scope": _scope(q, "modelId"),
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


def register(router: Router, state: State) -> None:
    def models(state: State, auth: AuthContext, q: dict[str, Any]) -> tuple[Any, int]:
        meta = E._tenant_meta(state, auth.owner_id, q.get("tenantId"))
        sel = select_model(q.get("embeddingModel"), meta, q.get("projectId"))
        return {"models": CATALOG, "config": sel}, 200

    mg = f"{PREFIX}/management"
    routes = [
        (
            f"{PREFIX}/embeddings/models",
            "GET",
            models,
            E._query(("tenantId", "projectId", "embeddingModel")),
            "listing embedding models",
        ),
        (
            f"{mg}/embeddings/usage",
            "GET",
            lambda s, a, q: (E.usage(s, a.owner_id, q), 200),
            E._query(("usageMonth", "tenantId", "projectId", "limit"), ("limit",)),
            "viewing embedding usage",
        ),
        (
            f"{mg}/embeddings/backfill",
            "GET",
            lambda s, a, q: (E.backfill_status(_db(s, a, q), q, s.now()), 200),
            E._query(("tenantId", "projectId", "userId", "modelId")),
            "viewing embedding backfill status",
        ),
        (
            f"{mg}/embeddings/backfill",
            "POST",
            lambda s, a, q: (E.backfill_action(_db(s, a, q), q, s.now()), 200),
            _body(BACKFILL_POST),
            "running embedding backfill",
        ),
        (
            f"{mg}/embeddings/observability",
            "GET",
            lambda s, a, q: (embedding_snapshot(s, a, _db(s, a, q), q), 200),
            E._query(
                ("tenantId", "projectId", "userId", "modelId", "usageMonth", "windowHours"), ("windowHours",)
            ),
            "viewing embedding observability metrics",
        ),
        (
            f"{mg}/memory/observability",
            "GET",
            lambda s, a, q: (memory_snapshot(s, _db(s, a, q), q), 200),
            _memory_query(),
            "viewing memory observability metrics",
        ),
        (
            f"{mg}/memory/eval/replay",
            "POST",
            lambda s, a, q: ({"scope": _scope(q), **run_replay(q, s.now())} if _db(s, a, q) else {}, 200),
            _body(REPLAY),
            "running memory replay evals",
        ),
    ]
    for path, method, handler, parse, what in routes:
        router.add(path, method, managed_route(state, path, handler, parse, what))
    router.add(f"{PREFIX}/embeddings/models", "OPTIONS", cors("GET, OPTIONS"))


def _memory_query() -> Any:
    fields = {
        "tenantId": (S.string(1, 120), False),
        "projectId": (S.string(1, 240), False),
        "userId": (S.string(1, 120), False),
        "windowHours": (S.integer(1, 24 * 14), False),
    }
    schema = S.obj(fields)

    def parse(request: Request, raw: bytes) -> dict[str, Any]:
        from ._identity import coerce_int, query_dict

        q = query_dict(request, tuple(fields))
        if "windowHours" in q:
            q["windowHours"] = coerce_int(q["windowHours"])
        parsed: dict[str, Any] = schema(q)
        return parsed

    return parse
