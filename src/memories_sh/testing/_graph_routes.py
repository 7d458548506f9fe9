"""Graph routes with their own flows: graph/status GET (query), graph/rollout GET/POST/PATCH."""

from __future__ import annotations

from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from . import _schemas as S
from ._app import PREFIX, Router, State, cors, query_scope, rollout_flow, runtime_flow
from ._auth import AuthContext
from ._common import ApiError
from ._graph import status_payload
from ._plan import build_plan, snapshot
from ._rollout import evaluate_quality, set_config
from ._store import Database

Result = tuple[Any, int]


def _scope_echo(scope: dict[str, Any]) -> dict[str, Any]:
    return {
        "tenantId": scope.get("tenantId"),
        "userId": scope.get("userId"),
        "projectId": scope.get("projectId"),
    }


def h_status(
    state: State, auth: AuthContext, db: Database, p: dict[str, Any], scope: dict[str, Any]
) -> Result:
    now = state.now()
    data = status_payload(db, state.config, now, p.get("topNodesLimit", 10))
    plan = build_plan(now, data["rollout"], data["shadowMetrics"], data["qualityGate"])
    return {**data, "scope": _scope_echo(scope), "rolloutPlan": plan}, 200


def _rollout_data(
    state: State, auth: AuthContext, db: Database, scope: dict[str, Any], autopilot: bool
) -> dict[str, Any]:
    """[H] ``evaluateGraphRetrievalPolicy`` (a POST/PATCH evaluates with the autopilot disabled)."""
    snap = snapshot(db, state.config, state.now(), auth.owner_id, autopilot)
    return {
        "rollout": snap["rollout"],
        "shadowMetrics": snap["shadowMetrics"],
        "qualityGate": snap["qualityGate"],
        "scope": _scope_echo(scope),
        "rolloutPlan": snap["plan"],
        "retrievalPolicy": snap["policy"],
    }


def h_rollout_get(
    state: State, auth: AuthContext, db: Database, p: dict[str, Any], scope: dict[str, Any]
) -> Result:
    return _rollout_data(state, auth, db, scope, True), 200


def h_rollout_set(
    state: State, auth: AuthContext, db: Database, p: dict[str, Any], scope: dict[str, Any]
) -> Result:
    if p["mode"] == "canary":
        gate = evaluate_quality(db, state.config, state.now(), 24)
        if gate["canaryBlocked"]:
            raise ApiError(
                "validation_error",
                "CANARY_ROLLOUT_BLOCKED",
                "Canary rollout blocked by retrieval quality gate. Resolve regressions or keep shadow mode.",
                409,
                False,
                {
                    "reasonCodes": [r["code"] for r in gate["reasons"] if r["blocking"]],
                    "qualityStatus": gate["status"],
                    "windowHours": gate["windowHours"],
                },
            )
    set_config(db, p["mode"], state.now(), auth.owner_id)
    return _rollout_data(state, auth, db, scope, False), 200


def _status_query(request: Request) -> dict[str, Any]:
    raw: dict[str, Any] = {"scope": query_scope(request)}
    limit = request.query_params.get("topNodesLimit")
    if limit is not None:
        raw["topNodesLimit"] = S.js_parse_int(limit)
    parsed: dict[str, Any] = S.GRAPH_STATUS(raw)
    return parsed


def register(router: Router, state: State) -> None:
    """graph/status GET and graph/rollout (POST graph/status is a body route of :mod:`._handlers`)."""
    status_path = f"{PREFIX}/graph/status"

    async def status_get(request: Request) -> Response:
        header = request.headers.get("authorization")
        return await run_in_threadpool(
            runtime_flow, state, status_path, header, lambda: _status_query(request), h_status
        )

    router.add(status_path, "GET", status_get)
    rollout_path = f"{PREFIX}/graph/rollout"

    async def rollout_get(request: Request) -> Response:
        header = request.headers.get("authorization")
        return await run_in_threadpool(
            rollout_flow,
            state,
            rollout_path,
            header,
            lambda: S.ROLLOUT_READ({"scope": query_scope(request)}),
            h_rollout_get,
        )

    async def rollout_set(request: Request) -> Response:
        raw = await request.body()
        header = request.headers.get("authorization")
        return await run_in_threadpool(
            rollout_flow,
            state,
            rollout_path,
            header,
            lambda: S.ROLLOUT_UPDATE(S.parse_json(raw)),
            h_rollout_set,
        )

    router.add(rollout_path, "GET", rollout_get)
    router.add(rollout_path, "POST", rollout_set)
    router.add(rollout_path, "PATCH", rollout_set)
    router.add(rollout_path, "OPTIONS", cors("GET, POST, PATCH, OPTIONS"))
