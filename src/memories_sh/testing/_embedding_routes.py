"""[H] embeddings: model selection and metering on add/edit, ``embeddings/models``, and the
``management/embeddings/usage|backfill|observability`` routes, all served by the local stand-in."""

from __future__ import annotations

import json
import re
from typing import Any

from starlette.requests import Request

from . import _schemas as S
from ._app import State
from ._auth import AuthContext
from ._common import short_id
from ._embeddings import CATALOG, estimate_tokens, select_model
from ._identity import coerce_int, query_dict
from ._store import Database
from ._tables import ensure

MARKUP = 0.2
_MONTH = r"^\d{4}-\d{2}-\d{2}$"


def _tenant_meta(state: State, owner: str, tenant_id: str | None) -> dict[str, Any] | None:
    mapping = state.stores.get_tenant(owner, tenant_id) if tenant_id else None
    return mapping["metadata"] if mapping else None


def embedding_selection(
    state: State, auth: AuthContext, p: dict[str, Any], scope: dict[str, Any]
) -> dict[str, Any]:
    """The stand-in gateway is always configured, so add/edit always resolve a model (400 if unknown)."""
    meta = _tenant_meta(state, auth.owner_id, scope.get("tenantId"))
    return select_model(p.get("embeddingModel"), meta, scope.get("projectId"))


def selection_fields(selection: dict[str, Any] | None) -> dict[str, Any]:
    return {
        "embeddingModel": selection["selectedModelId"] if selection else None,
        "embeddingModelSource": selection["source"] if selection else None,
    }


def record_embedding(
    state: State,
    auth: AuthContext,
    db: Database,
    memory_id: str,
    content: str,
    selection: dict[str, Any],
    scope: dict[str, Any],
    operation: str,
) -> None:
    """Mark the memory embedded with the model and meter the request (``recordSdkEmbeddingMeterEvent``)."""
    model, now = selection["selectedModelId"], state.now()
    with ensure(db).tx() as conn:
        conn.execute("DELETE FROM memory_embeddings WHERE memory_id = ?", (memory_id,))
        conn.execute("INSERT INTO memory_embeddings VALUES (?, ?, ?)", (memory_id, model, now))
    if not content.strip():
        return
    price = next((m["inputCostUsdPerToken"] for m in CATALOG if m["id"] == model), 0.0)
    tokens = estimate_tokens(content)
    with ensure(state.stores.control, control=True).tx() as conn:
        conn.execute(
            "INSERT INTO sdk_embedding_usage VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                short_id(),
                auth.owner_id,
                now[:7] + "-01",
                scope.get("tenantId"),
                scope.get("projectId"),
                scope.get("userId"),
                model,
                model.split("/")[0],
                tokens,
                tokens * price,
                operation,
                now,
            ),
        )


def usage(state: State, owner: str, q: dict[str, Any]) -> dict[str, Any]:
    """``listSdkEmbeddingUsage``: the month's summary and a per tenant/project/model breakdown."""
    month = q.get("usageMonth") or state.now()[:7] + "-01"
    sql, args = "SELECT * FROM sdk_embedding_usage WHERE owner_id = ? AND usage_month = ?", [owner, month]
    for column, name in (("tenant_id", "tenantId"), ("project_id", "projectId"), ("model_id", "modelId")):
        if q.get(name):
            sql += f" AND {column} = ?"
            args.append(q[name])
    rows = ensure(state.stores.control, control=True).query(sql + " ORDER BY created_at", args)
    zero: dict[str, Any] = {
        "requestCount": 0,
        "estimatedRequestCount": 0,
        "tokenizerRequestCount": 0,
        "fallbackRequestCount": 0,
        "inputTokensDelta": 0,
        "inputTokens": 0,
        "gatewayCostUsd": 0.0,
        "marketCostUsd": 0.0,
        "customerCostUsd": 0.0,
    }
    summary: dict[str, Any] = {"usageMonth": month, **zero}
    groups: dict[tuple[Any, ...], dict[str, Any]] = {}
    for r in rows:
        key = (r["tenant_id"], r["project_id"], r["model_id"])
        group = groups.setdefault(
            key,
            {
                "usageMonth": month,
                "tenantId": r["tenant_id"],
                "projectId": r["project_id"],
                "modelId": r["model_id"],
                "provider": r["provider"],
                **zero,
            },
        )
        for target in (summary, group):
            target["requestCount"] += 1
            target["estimatedRequestCount"] += 1
            target["inputTokens"] += r["input_tokens"]
            target["gatewayCostUsd"] = round(target["gatewayCostUsd"] + r["cost_usd"], 8)
            target["marketCostUsd"] = target["gatewayCostUsd"]
            target["customerCostUsd"] = round(target["gatewayCostUsd"] * (1 + MARKUP), 8)
    breakdown = sorted(groups.values(), key=lambda g: -g["requestCount"])[: q.get("limit", 10_000)]
    return {"usageMonth": month, "summary": summary, "breakdown": breakdown}


def _backfill_scope(q: dict[str, Any]) -> tuple[str, str, str | None, str | None]:
    model = q.get("modelId") or select_model(None, None, None)["selectedModelId"]
    project, user = q.get("projectId"), q.get("userId")
    return "|".join([model, project or "*", user or "*"]), model, project, user


def _missing(db: Database, model: str, project: str | None, user: str | None) -> list[Any]:
    sql = (
        "SELECT m.id, m.created_at FROM memories m WHERE m.deleted_at IS NULL AND TRIM(m.content) <> '' "
        "AND NOT "
        "EXISTS (SELECT 1 FROM memory_embeddings e WHERE e.memory_id = m.id AND e.model_id = ?)"
    )
    args: list[Any] = [model]
    if project:
        sql += " AND m.project_id = ?"
        args.append(project)
    if user:
        sql += " AND m.user_id = ?"
        args.append(user)
    return ensure(db).query(sql + " ORDER BY m.created_at, m.rowid", args)


def backfill_status(db: Database, q: dict[str, Any], now: str) -> dict[str, Any]:
    key, model, project, user = _backfill_scope(q)
    rows = ensure(db).query("SELECT state FROM embedding_backfill_state WHERE scope_key = ?", (key,))
    state: dict[str, Any] = (
        json.loads(rows[0]["state"])
        if rows
        else {
            "scopeKey": key,
            "modelId": model,
            "projectId": project,
            "userId": user,
            "status": "idle",
            "checkpointCreatedAt": None,
            "checkpointMemoryId": None,
            "scannedCount": 0,
            "enqueuedCount": 0,
            "estimatedTotal": 0,
            "estimatedRemaining": 0,
            "estimatedCompletionSeconds": None,
            "batchLimit": 100,
            "throttleMs": 0,
            "startedAt": None,
            "lastRunAt": None,
            "completedAt": None,
            "updatedAt": None,
            "lastError": None,
        }
    )
    remaining = len(_missing(db, model, project, user))
    state["estimatedRemaining"] = remaining
    state["estimatedTotal"] = max(state["estimatedTotal"], state["enqueuedCount"] + remaining)
    state["estimatedCompletionSeconds"] = (
        0 if remaining == 0 else remaining // max(1, state["batchLimit"]) + 1
    )
    return state


def _save(db: Database, state: dict[str, Any]) -> None:
    with db.tx() as conn:
        conn.execute(
            "INSERT OR REPLACE INTO embedding_backfill_state VALUES (?, ?)",
            (state["scopeKey"], json.dumps(state)),
        )


def backfill_action(db: Database, p: dict[str, Any], now: str) -> dict[str, Any]:
    """pause/resume flip the scope's status; run embeds the next batch of memories lacking the model."""
    state = backfill_status(db, p, now)
    action = p.get("action", "run")
    if action in ("pause", "resume"):
        state.update(status="paused" if action == "pause" else "idle", updatedAt=now)
        _save(db, state)
        return {"action": action, "status": state}
    scanned: list[Any] = []
    if state["status"] != "paused":
        limit = p.get("batchLimit", state["batchLimit"])
        scanned = _missing(db, state["modelId"], state["projectId"], state["userId"])[:limit]
        with db.tx() as conn:
            for row in scanned:
                conn.execute(
                    "INSERT OR REPLACE INTO memory_embeddings VALUES (?, ?, ?)",
                    (row["id"], state["modelId"], now),
                )
        remaining = len(_missing(db, state["modelId"], state["projectId"], state["userId"]))
        state.update(
            status="completed" if remaining == 0 else "running",
            batchLimit=limit,
            throttleMs=p.get("throttleMs", state["throttleMs"]),
            startedAt=state["startedAt"] or now,
            lastRunAt=now,
            completedAt=now if remaining == 0 else None,
            updatedAt=now,
            scannedCount=state["scannedCount"] + len(scanned),
            enqueuedCount=state["enqueuedCount"] + len(scanned),
            estimatedRemaining=remaining,
            estimatedCompletionSeconds=0 if remaining == 0 else remaining // limit + 1,
        )
        if scanned:
            state.update(checkpointCreatedAt=scanned[-1]["created_at"], checkpointMemoryId=scanned[-1]["id"])
        _save(db, state)
    return {
        "action": "run",
        "status": state,
        "batch": {"scanned": len(scanned), "enqueued": len(scanned), "durationMs": 0},
    }


def _query(names: tuple[str, ...], ints: tuple[str, ...] = ()) -> Any:
    fields = {
        "tenantId": (S.string(1, 120), False),
        "projectId": (S.string(1, 240), False),
        "userId": (S.string(1, 120), False),
        "modelId": (S.string(1, 160), False),
        "embeddingModel": (S.string(1, 160), False),
        "usageMonth": (S.string(), False),
        "limit": (S.integer(1, 10_000), False),
        "windowHours": (S.integer(1, 24 * 7), False),
    }
    schema = S.obj({n: fields[n] for n in names})

    def parse(request: Request, raw: bytes) -> dict[str, Any]:
        q = query_dict(request, names)
        for name in ints:
            if name in q:
                q[name] = coerce_int(q[name])
        parsed: dict[str, Any] = schema(q)
        if "usageMonth" in parsed and not re.match(_MONTH, parsed["usageMonth"]):
            raise S.Invalid("Invalid string: must match pattern /^\\d{4}-\\d{2}-\\d{2}$/")
        return parsed

    return parse
