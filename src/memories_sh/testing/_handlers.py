"""Runtime and graph routes of ``/api/sdk/v1`` (§3.1-§3.13)."""

from __future__ import annotations

from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

from . import _schemas as S
from ._app import (
    PREFIX,
    Router,
    State,
    body_route,
    cors,
    query_scope,
    rollout_flow,
    runtime_flow,
    success,
)
from ._auth import AuthContext
from ._common import ApiError, request_id
from ._context import context_payload
from ._graph import status_payload
from ._graph_map import sync_memory
from ._memories import add_memory, edit_memory, forget_memory, list_memories, search_memories
from ._rollout import evaluate_quality, get_config, metrics_summary, set_config
from ._skills import delete_skill, list_skills, upsert_skill
from ._store import Database

Result = tuple[Any, int]


def _mode_memories(mode: str, data: dict[str, Any]) -> list[Any]:
    if mode == "rules_only":
        return []
    if mode == "working":
        return list(data["workingMemories"])
    if mode == "long_term":
        return list(data["longTermMemories"])
    return list(data["memories"])


def h_context(
    state: State, auth: AuthContext, db: Database, p: dict[str, Any], scope: dict[str, Any]
) -> Result:
    mode = p.get("mode", "all")
    _, data = context_payload(
        db,
        state.config,
        state.now(),
        project_id=scope.get("projectId"),
        user_id=scope.get("userId"),
        query=p.get("query", ""),
        limit=p.get("limit", 5),
        strategy=p.get("strategy", "baseline"),
        graph_depth=p.get("graphDepth", 1),
        graph_limit=p.get("graphLimit", 8),
    )
    skills = (
        list_skills(db, scope.get("projectId"), scope.get("userId"), 100)["skillFiles"]
        if p.get("includeSkillFiles", True)
        else []
    )
    return {
        "mode": mode,
        "query": p.get("query", ""),
        "rules": data["rules"] if p.get("includeRules", True) else [],
        "memories": _mode_memories(mode, data),
        "skillFiles": skills,
        "workingMemories": data["workingMemories"],
        "longTermMemories": data["longTermMemories"],
        "trace": data["trace"],
    }, 200


def h_trace(
    state: State, auth: AuthContext, db: Database, p: dict[str, Any], scope: dict[str, Any]
) -> Result:
    mode, include_rules = p.get("mode", "all"), p.get("includeRules", True)
    requested = p.get("strategy", "hybrid_graph")
    _, data = context_payload(
        db,
        state.config,
        state.now(),
        project_id=scope.get("projectId"),
        user_id=scope.get("userId"),
        query=p.get("query", ""),
        limit=p.get("limit", 10),
        strategy=requested,
        graph_depth=p.get("graphDepth", 1),
        graph_limit=p.get("graphLimit", 8),
    )
    rules = data["rules"] if include_rules else []
    memories = _mode_memories(mode, data)
    recall = [
        {
            "rank": i + 1,
            "memoryId": m["id"],
            "layer": m["layer"],
            "type": m["type"],
            "scope": m["scope"],
            "projectId": m["projectId"],
            "source": "graph_expansion" if m.get("graph") else "baseline",
            "graph": m.get("graph"),
        }
        for i, m in enumerate(memories)
    ]
    return {
        "mode": mode,
        "includeRules": include_rules,
        "query": p.get("query", ""),
        "strategy": {"requested": requested, "applied": data["trace"]["strategy"]},
        "trace": data["trace"],
        "tiers": {
            "ruleIds": [r["id"] for r in rules if r["id"]],
            "workingIds": [m["id"] for m in data["workingMemories"] if m["id"]],
            "longTermIds": [m["id"] for m in data["longTermMemories"] if m["id"]],
        },
        "recall": recall,
        "rules": rules,
        "memories": memories,
    }, 200


def h_add(state: State, auth: AuthContext, db: Database, p: dict[str, Any], scope: dict[str, Any]) -> Result:
    _, data = add_memory(db, state.config, p, scope.get("projectId"), scope.get("userId"), state.now())
    if state.config.graph_mapping_enabled:
        sync_memory(db, data["id"], state.now())
    return data, 201


def h_edit(state: State, auth: AuthContext, db: Database, p: dict[str, Any], scope: dict[str, Any]) -> Result:
    _, data = edit_memory(db, state.config, p, scope.get("userId"), state.now())
    if state.config.graph_mapping_enabled:
        sync_memory(db, data["id"], state.now())
    return data, 200


def h_forget(
    state: State, auth: AuthContext, db: Database, p: dict[str, Any], scope: dict[str, Any]
) -> Result:
    _, data = forget_memory(db, p, scope.get("userId"), state.now())
    if state.config.graph_mapping_enabled:
        sync_memory(db, data["id"], state.now())
    return data, 200


def h_search(
    state: State, auth: AuthContext, db: Database, p: dict[str, Any], scope: dict[str, Any]
) -> Result:
    return search_memories(db, p, scope.get("projectId"), scope.get("userId"), state.now())[1], 200


def h_list(state: State, auth: AuthContext, db: Database, p: dict[str, Any], scope: dict[str, Any]) -> Result:
    return list_memories(db, p, scope.get("projectId"), scope.get("userId"), state.now())[1], 200


def h_skill_upsert(
    state: State, auth: AuthContext, db: Database, p: dict[str, Any], scope: dict[str, Any]
) -> Result:
    data = upsert_skill(db, p["path"], p["content"], scope.get("projectId"), scope.get("userId"), state.now())
    return data, 201 if data["created"] else 200


def h_skill_list(
    state: State, auth: AuthContext, db: Database, p: dict[str, Any], scope: dict[str, Any]
) -> Result:
    return list_skills(db, scope.get("projectId"), scope.get("userId"), p.get("limit", 100)), 200


def h_skill_delete(
    state: State, auth: AuthContext, db: Database, p: dict[str, Any], scope: dict[str, Any]
) -> Result:
    return delete_skill(db, p["path"], scope.get("projectId"), scope.get("userId"), state.now()), 200


def _scope_echo(scope: dict[str, Any]) -> dict[str, Any]:
    return {
        "tenantId": scope.get("tenantId"),
        "userId": scope.get("userId"),
        "projectId": scope.get("projectId"),
    }


def h_status(
    state: State, auth: AuthContext, db: Database, p: dict[str, Any], scope: dict[str, Any]
) -> Result:
    data = status_payload(db, state.config, state.now(), p.get("topNodesLimit", 10))
    return {**data, "scope": _scope_echo(scope)}, 200


def _rollout_data(
    state: State, db: Database, scope: dict[str, Any], rollout: dict[str, Any]
) -> dict[str, Any]:
    now = state.now()
    return {
        "rollout": rollout,
        "shadowMetrics": metrics_summary(db, now, 24),
        "qualityGate": evaluate_quality(db, state.config, now, 24),
        "scope": _scope_echo(scope),
    }


def h_rollout_get(
    state: State, auth: AuthContext, db: Database, p: dict[str, Any], scope: dict[str, Any]
) -> Result:
    return _rollout_data(state, db, scope, get_config(db, state.config, state.now())), 200


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
    return _rollout_data(state, db, scope, set_config(db, p["mode"], state.now(), auth.owner_id)), 200


def _status_query(request: Request) -> dict[str, Any]:
    raw: dict[str, Any] = {"scope": query_scope(request)}
    limit = request.query_params.get("topNodesLimit")
    if limit is not None:
        raw["topNodesLimit"] = S.js_parse_int(limit)
    parsed: dict[str, Any] = S.GRAPH_STATUS(raw)
    return parsed


def register(router: Router, state: State) -> None:
    async def health(request: Request) -> Response:
        data = {"status": "ok", "service": "memories-sdk", "schemaVersion": "2026-02-11"}
        return success(state, f"{PREFIX}/health", request_id(), data)

    router.add(f"{PREFIX}/health", "GET", health)
    body_routes = {
        "context/get": (S.CONTEXT_GET, h_context),
        "memories/add": (S.MEMORIES_ADD, h_add),
        "memories/search": (S.MEMORIES_SEARCH, h_search),
        "memories/list": (S.MEMORIES_LIST, h_list),
        "memories/edit": (S.MEMORIES_EDIT, h_edit),
        "memories/forget": (S.MEMORIES_FORGET, h_forget),
        "skills/files/upsert": (S.SKILLS_UPSERT, h_skill_upsert),
        "skills/files/list": (S.SKILLS_LIST, h_skill_list),
        "skills/files/delete": (S.SKILLS_DELETE, h_skill_delete),
        "graph/trace": (S.GRAPH_TRACE, h_trace),
        "graph/status": (S.GRAPH_STATUS, h_status),
    }
    for name, (schema, handler) in body_routes.items():
        path = f"{PREFIX}/{name}"
        router.add(path, "POST", body_route(state, path, schema, handler))
        router.add(path, "OPTIONS", cors("GET, POST, OPTIONS" if name == "graph/status" else "POST, OPTIONS"))

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
