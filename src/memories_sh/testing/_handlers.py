"""Runtime and graph routes of ``/api/sdk/v1`` (§3.1-§3.13)."""

from __future__ import annotations

from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from . import _graph_routes
from . import _schemas as S
from ._app import (
    PREFIX,
    Router,
    State,
    body_route,
    cors,
    success,
)
from ._auth import AuthContext
from ._common import request_id
from ._context import context_payload
from ._embedding_routes import embedding_selection, record_embedding, selection_fields
from ._graph_map import sync_memory
from ._memories import add_memory, edit_memory, forget_memory, list_memories
from ._plan import snapshot
from ._retrieval import legacy, normalize, rank, search_trace
from ._rows import structured
from ._skills import delete_skill, list_skills, mark_used, upsert_skill
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
    policy = snapshot(db, state.config, state.now(), auth.owner_id)["policy"]
    semantic = normalize(p["strategy"]) if "strategy" in p else policy["defaultStrategy"]
    _, data = context_payload(
        db,
        state.config,
        state.now(),
        project_id=scope.get("projectId"),
        user_id=scope.get("userId"),
        query=p.get("query", ""),
        limit=p.get("limit", 5),
        strategy=legacy(semantic),
        semantic_strategy=semantic,
        graph_depth=p.get("graphDepth", 1),
        graph_limit=p.get("graphLimit", 8),
    )
    skills = (
        list_skills(db, scope.get("projectId"), scope.get("userId"), 100, p.get("query"))["skillFiles"]
        if p.get("includeSkillFiles", True)
        else []
    )
    mark_used(db, [f["id"] for f in skills], scope.get("userId"), state.now())
    return {
        "mode": mode,
        "query": p.get("query", ""),
        "rules": data["rules"] if p.get("includeRules", True) else [],
        "memories": _mode_memories(mode, data),
        "skillFiles": skills,
        "workingMemories": data["workingMemories"],
        "longTermMemories": data["longTermMemories"],
        "trace": data["trace"],
        "conflicts": [],
    }, 200


def h_trace(
    state: State, auth: AuthContext, db: Database, p: dict[str, Any], scope: dict[str, Any]
) -> Result:
    mode, include_rules = p.get("mode", "all"), p.get("includeRules", True)
    policy = snapshot(db, state.config, state.now(), auth.owner_id)
    default = policy["policy"]["defaultStrategy"]
    requested = p.get("strategy", "hybrid_graph" if default == "hybrid" else "baseline")
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
        "trace": {
            **data["trace"],
            "retrievalPolicyDefaultStrategy": default,
            "retrievalPolicyAppliedStrategy": "hybrid"
            if data["trace"]["strategy"] == "hybrid_graph"
            else "lexical",
            "retrievalPolicySelection": "request" if "strategy" in p else "policy_default",
            "retrievalPolicyReadyForDefaultOn": policy["plan"]["readyForDefaultOn"],
            "retrievalPolicyBlockerCodes": policy["plan"]["blockerCodes"],
        },
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
    selection = embedding_selection(state, auth, p, scope)
    _, data = add_memory(db, state.config, p, scope.get("projectId"), scope.get("userId"), state.now())
    record_embedding(state, auth, db, data["id"], p["content"], selection, scope, "add")
    if state.config.graph_mapping_enabled:
        sync_memory(db, data["id"], state.now())
    return {**data, **selection_fields(selection)}, 201


def h_edit(state: State, auth: AuthContext, db: Database, p: dict[str, Any], scope: dict[str, Any]) -> Result:
    selection = embedding_selection(state, auth, p, scope)
    _, data = edit_memory(db, state.config, p, scope.get("userId"), state.now())
    if "content" in p or "embeddingModel" in p:
        record_embedding(state, auth, db, data["id"], p.get("content", ""), selection, scope, "edit")
    if state.config.graph_mapping_enabled:
        sync_memory(db, data["id"], state.now())
    return {**data, **selection_fields(selection)}, 200


def h_forget(
    state: State, auth: AuthContext, db: Database, p: dict[str, Any], scope: dict[str, Any]
) -> Result:
    _, data = forget_memory(db, p, scope.get("userId"), state.now(), only_working=True)
    if state.config.graph_mapping_enabled:
        sync_memory(db, data["id"], state.now())
    return data, 200


def h_search(
    state: State, auth: AuthContext, db: Database, p: dict[str, Any], scope: dict[str, Any]
) -> Result:
    rows, trace = rank(
        db,
        p["query"],
        normalize(p.get("strategy")),
        scope.get("projectId"),
        scope.get("userId"),
        state.now(),
        p.get("limit", 10),
        include_type=p.get("type"),
        include_layer=p.get("layer"),
    )
    memories = [structured(r) for r in rows]
    return {"memories": memories, "count": len(memories), "trace": search_trace(trace)}, 200


def h_list(state: State, auth: AuthContext, db: Database, p: dict[str, Any], scope: dict[str, Any]) -> Result:
    return list_memories(db, p, scope.get("projectId"), scope.get("userId"), state.now())[1], 200


def h_skill_upsert(
    state: State, auth: AuthContext, db: Database, p: dict[str, Any], scope: dict[str, Any]
) -> Result:
    data = upsert_skill(
        db,
        p["path"],
        p["content"],
        scope.get("projectId"),
        scope.get("userId"),
        state.now(),
        p.get("procedureKey"),
    )
    return data, 201 if data["created"] else 200


def h_skill_list(
    state: State, auth: AuthContext, db: Database, p: dict[str, Any], scope: dict[str, Any]
) -> Result:
    project, user = scope.get("projectId"), scope.get("userId")
    return list_skills(db, project, user, p.get("limit", 100), p.get("query"), p.get("procedureKey")), 200


def h_skill_delete(
    state: State, auth: AuthContext, db: Database, p: dict[str, Any], scope: dict[str, Any]
) -> Result:
    return delete_skill(db, p["path"], scope.get("projectId"), scope.get("userId"), state.now()), 200


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
        "graph/status": (S.GRAPH_STATUS, _graph_routes.h_status),
    }
    for name, (schema, handler) in body_routes.items():
        path = f"{PREFIX}/{name}"
        router.add(path, "POST", body_route(state, path, schema, handler))
        router.add(path, "OPTIONS", cors("GET, POST, OPTIONS" if name == "graph/status" else "POST, OPTIONS"))
    _graph_routes.register(router, state)
