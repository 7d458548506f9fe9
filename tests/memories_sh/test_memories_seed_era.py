"""The February server's answers ("[S]", the seed era) parse into the 0.2.0 models with no drift.

Issue 11 promises that both servers' answers parse. Each body below is what the seed-era service
(commit ``1709054``) sent, field for field as the reference digest's "[S]" notes and the seed
contract describe it: no ``[H]``-only field (``trace`` on search, ``embeddingModel``, ``keys[]``,
``rolloutPlan``, ``conflicts`` …). Every call runs with ``strict_responses=True``, which raises
on any deviation from the spec, so a field the spec wrongly requires fails here.
"""

from __future__ import annotations

from typing import Any

import pytest
from memories_support import KEY, Harness, fail, ok

MEMORY = {  # §2.1, a server-created note
    "id": "3f9a1c0d2b7e",
    "content": "Always run smoke tests before deploy",
    "type": "rule",
    "layer": "rule",
    "expiresAt": None,
    "scope": "project",
    "projectId": "github.com/acme/platform",
    "tags": ["deploy"],
    "paths": [],
    "category": None,
    "metadata": None,
    "createdAt": "2026-02-11T12:00:00.000Z",
    "updatedAt": "2026-02-11 12:00:00",  # rows written by the CLI: SQLite datetime('now')
}
GRAPHED = {  # a memory added by graph expansion ([S] has no graph.confidence)
    **MEMORY,
    "id": "a1b2c3d4e5f6",
    "type": "fact",
    "layer": "long_term",
    "graph": {
        "whyIncluded": "graph_expansion",
        "linkedViaNode": "topic:rollout",
        "edgeType": "related_to",
        "hopCount": 1,
        "seedMemoryId": "3f9a1c0d2b7e",
    },
}
SKILL_FILE = {  # §2.3 without the [H] usageCount / lastUsedAt / procedureKey
    "id": "0a1b2c3d4e5f",
    "path": ".agents/skills/review/SKILL.md",
    "content": "---\nname: review\n---\nUse strict checks.",
    "scope": "project",
    "projectId": "github.com/acme/platform",
    "userId": "user_123",
    "createdAt": "2026-02-11T12:00:00.000Z",
    "updatedAt": "2026-02-11T12:00:00.000Z",
}
TRACE = {  # §2.4 without the [H] semantic*/retrievalPolicy*/conflictCount fields
    "requestedStrategy": "baseline",
    "strategy": "baseline",
    "graphDepth": 0,
    "graphLimit": 0,
    "rolloutMode": "off",
    "shadowExecuted": False,
    "qualityGateStatus": "insufficient_data",
    "qualityGateBlocked": False,
    "qualityGateReasonCodes": [],
    "baselineCandidates": 2,
    "graphCandidates": 0,
    "graphExpandedCount": 0,
    "fallbackTriggered": False,
    "fallbackReason": None,
    "totalCandidates": 2,
}
WINDOW = {
    "startAt": "2026-02-10T12:00:00.000Z",
    "endAt": "2026-02-11T12:00:00.000Z",
    "totalRequests": 0,
    "hybridRequested": 0,
    "canaryApplied": 0,
    "hybridFallbacks": 0,
    "graphErrorFallbacks": 0,
    "fallbackRate": 0,
    "graphErrorFallbackRate": 0,
    "canaryWithExpansion": 0,
    "expansionCoverageRate": 0,
    "avgExpandedCount": 0,
    "avgCandidateLift": 0,
}
ROLLOUT_STATE = {  # §2.5 without the [H] rolloutPlan / retrievalPolicy
    "rollout": {"mode": "shadow", "updatedAt": "2026-02-11T12:00:00.000Z", "updatedBy": None},
    "shadowMetrics": {
        "windowHours": 24,
        "totalRequests": 0,
        "hybridRequested": 0,
        "canaryApplied": 0,
        "shadowExecutions": 0,
        "fallbackCount": 0,
        "fallbackRate": 0,
        "graphErrorFallbacks": 0,
        "avgGraphCandidates": 0,
        "avgGraphExpandedCount": 0,
        "lastFallbackAt": None,
        "lastFallbackReason": None,
    },
    "qualityGate": {
        "evaluatedAt": "2026-02-11T12:00:00.000Z",
        "windowHours": 24,
        "minHybridSamples": 20,
        "minCanarySamplesForRelevance": 12,
        "status": "insufficient_data",
        "canaryBlocked": False,
        "reasons": [],
        "current": WINDOW,
        "previous": WINDOW,
    },
    "scope": {"tenantId": "acme-prod", "userId": None, "projectId": None},
}
MAPPING = {  # §3.15: the [S] tenant mapping has no ``source``
    "tenantId": "acme-prod",
    "tursoDbUrl": "libsql://acme-prod.turso.io",
    "tursoDbName": "acme-prod",
    "status": "ready",
    "metadata": {"region": "us-east-2"},
    "createdAt": "2026-02-11T12:00:00.000Z",
    "updatedAt": "2026-02-11T12:00:00.000Z",
    "lastVerifiedAt": None,
}

# (method, args, kwargs, [S] data, status, a check on the typed result)
SEED_ANSWERS: list[tuple[str, tuple[Any, ...], dict[str, Any], Any, int, Any]] = [
    (
        "health",
        (),
        {},
        {"status": "ok", "service": "memories-sdk", "schemaVersion": "2026-02-11"},
        200,
        lambda r: r.service == "memories-sdk",
    ),
    (
        "context.get",
        (),
        {"query": "deploy"},
        {
            "mode": "all",
            "query": "deploy",
            "rules": [MEMORY],
            "memories": [GRAPHED],
            "skillFiles": [SKILL_FILE],
            "workingMemories": [],
            "longTermMemories": [GRAPHED],
            "trace": TRACE,
        },
        200,
        lambda r: (
            r.rules[0].id == MEMORY["id"]
            and r.memories[0].graph.hop_count == 1
            and r.trace.total_candidates == 2
            and r.skill_files[0].path == SKILL_FILE["path"]
        ),
    ),
    (
        "memories.add",
        (),
        {"content": MEMORY["content"], "type": "rule"},
        {
            "id": MEMORY["id"],
            "message": "Stored rule (project:platform): Always run smoke tests before deploy",
            "memory": MEMORY,
        },
        201,
        lambda r: r.id == MEMORY["id"] and r.memory.tags == ["deploy"],
    ),
    (
        "memories.search",
        ("deploy",),
        {},
        {"memories": [MEMORY], "count": 1},
        200,
        lambda r: r.count == 1 and r.memories[0].content == MEMORY["content"],
    ),
    (
        "memories.list",
        (),
        {},
        {"memories": [MEMORY, GRAPHED], "count": 2},
        200,
        lambda r: [m.id for m in r.memories] == [MEMORY["id"], GRAPHED["id"]],
    ),
    (
        "memories.edit",
        (MEMORY["id"],),
        {"content": "x"},
        {"id": MEMORY["id"], "updated": True, "message": f"Updated memory {MEMORY['id']}"},
        200,
        lambda r: r.updated is True,
    ),
    (
        "memories.forget",
        (MEMORY["id"],),
        {},
        {"id": MEMORY["id"], "deleted": True, "message": f"Deleted memory {MEMORY['id']}"},
        200,
        lambda r: r.deleted is True,
    ),
    (
        "skills.upsert_file",
        (),
        {"path": SKILL_FILE["path"], "content": SKILL_FILE["content"]},
        {
            "skillFile": SKILL_FILE,
            "created": True,
            "message": "Created skill file .agents/skills/review/SKILL.md (project:github.com/acme/platform)",
        },
        201,
        lambda r: r.created is True and r.skill_file.user_id == "user_123",
    ),
    ("skills.list_files", (), {}, {"skillFiles": [SKILL_FILE], "count": 1}, 200, lambda r: r.count == 1),
    (
        "skills.delete_file",
        (SKILL_FILE["path"],),
        {},
        {"path": SKILL_FILE["path"], "deleted": True, "message": f"Deleted skill file {SKILL_FILE['path']}"},
        200,
        lambda r: r.deleted is True,
    ),
    (
        "graph.get_status",
        (),
        {},
        {
            "enabled": False,
            "flags": {"mappingEnabled": False, "retrievalEnabled": False, "llmExtractionEnabled": False},
            "health": "ok",
            "tables": {"graphNodes": True, "graphEdges": True, "memoryNodeLinks": True},
            "counts": {
                "nodes": 0,
                "edges": 0,
                "memoryLinks": 0,
                "activeEdges": 0,
                "expiredEdges": 0,
                "orphanNodes": 0,
            },
            **{k: v for k, v in ROLLOUT_STATE.items() if k != "scope"},
            "alarms": [],
            "topConnectedNodes": [],
            "recentErrors": [],
            "sampledAt": "2026-02-11T12:00:00.000Z",
            "scope": {"tenantId": None, "userId": None, "projectId": None},
        },
        200,
        lambda r: r.health.value == "ok" and r.counts.nodes == 0,
    ),
    (
        "graph.trace",
        (),
        {"query": "deploy"},
        {
            "mode": "all",
            "includeRules": True,
            "query": "deploy",
            "strategy": {"requested": "hybrid_graph", "applied": "baseline"},
            "trace": {
                **TRACE,
                "requestedStrategy": "hybrid_graph",
                "fallbackTriggered": True,
                "fallbackReason": "feature_flag_disabled",
            },
            "tiers": {"ruleIds": [MEMORY["id"]], "workingIds": [], "longTermIds": [GRAPHED["id"]]},
            "recall": [
                {
                    "rank": 1,
                    "memoryId": GRAPHED["id"],
                    "layer": "long_term",
                    "type": "fact",
                    "scope": "project",
                    "projectId": "github.com/acme/platform",
                    "source": "graph_expansion",
                    "graph": GRAPHED["graph"],
                }
            ],
            "rules": [MEMORY],
            "memories": [GRAPHED],
        },
        200,
        lambda r: r.recall[0].rank == 1 and r.tiers.rule_ids == [MEMORY["id"]],
    ),
    (
        "graph.get_rollout",
        (),
        {"tenant_id": "acme-prod"},
        ROLLOUT_STATE,
        200,
        lambda r: r.rollout.mode.value == "shadow",
    ),
    (
        "graph.set_rollout",
        ("shadow",),
        {"tenant_id": "acme-prod"},
        ROLLOUT_STATE,
        200,
        lambda r: r.scope.tenant_id == "acme-prod",
    ),
    (
        "management.keys.get",
        (),
        {},
        {
            "hasKey": True,
            "keyPreview": "mem_0123…cdef",
            "createdAt": "2026-02-11T12:00:00.000Z",
            "expiresAt": "2027-01-01T00:00:00.000Z",
            "isExpired": False,
        },
        200,
        lambda r: r.has_key is True and r.is_expired is False,
    ),
    ("management.keys.get", (), {}, {"hasKey": False}, 200, lambda r: r.has_key is False),
    (
        "management.keys.create",
        (),
        {"expires_at": "2027-01-01T00:00:00.000Z"},
        {
            "apiKey": KEY,
            "keyPreview": "mem_0123…cdef",
            "createdAt": "2026-02-11T12:00:00.000Z",
            "expiresAt": "2027-01-01T00:00:00.000Z",
            "message": "Save this key - it won't be shown again",
        },
        200,
        lambda r: r.api_key == KEY,
    ),
    ("management.keys.revoke", (), {}, {"ok": True}, 200, lambda r: r.ok is True),
    (
        "management.tenants.list",
        (),
        {},
        {"tenantDatabases": [MAPPING], "count": 1},
        200,
        lambda r: r.tenant_databases[0].tenant_id == "acme-prod",
    ),
    (
        "management.tenants.upsert",
        ("acme-prod",),
        {},
        {"tenantDatabase": MAPPING, "provisioned": False, "mode": "provision"},
        200,
        lambda r: r.provisioned is False,
    ),
    (
        "management.tenants.disable",
        ("acme-prod",),
        {},
        {"ok": True, "tenantId": "acme-prod", "status": "disabled", "updatedAt": "2026-02-11T12:00:00.000Z"},
        200,
        lambda r: r.tenant_id == "acme-prod",
    ),
]


@pytest.mark.parametrize(
    ("method", "args", "kwargs", "data", "status", "check"),
    SEED_ANSWERS,
    ids=[f"{row[0]}-{i}" for i, row in enumerate(SEED_ANSWERS)],
)
def test_a_seed_era_answer_parses_with_no_drift(
    mode: str,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    data: Any,
    status: int,
    check: Any,
) -> None:
    h = Harness(mode, [ok(data, status=status)], strict_responses=True, session_cookie="s")
    result = h.call(method, *args, **kwargs)
    assert check(result)


def test_the_check_can_fail_a_body_missing_a_required_field(mode: str) -> None:
    """The strict mode these tests rely on does reject a body the spec does not describe."""
    from memories_sh import APIResponseValidationError

    body = {"memories": [{k: v for k, v in MEMORY.items() if k != "content"}], "count": 1}
    h = Harness(mode, [ok(body)], strict_responses=True)
    with pytest.raises(APIResponseValidationError, match="content"):
        h.call("memories.list")


@pytest.mark.parametrize(
    ("method", "args", "status", "type_", "code", "details", "raised"),
    [  # the [S] management wrappers' errors (§3.14, §3.15: the legacy body as details)
        (
            "management.keys.get",
            (),
            401,
            "auth_error",
            "LEGACY_MCP_KEY_ERROR",
            {"error": "Unauthorized"},
            "AuthError",
        ),
        (
            "management.tenants.disable",
            ("acme-prod",),
            400,
            "validation_error",
            "LEGACY_MCP_TENANTS_ERROR",
            {"error": "tenantId is required"},
            "ValidationError",
        ),
    ],
)
def test_a_seed_era_error_is_a_typed_error_with_a_known_code(
    mode: str,
    method: str,
    args: tuple[Any, ...],
    status: int,
    type_: str,
    code: str,
    details: dict[str, Any],
    raised: str,
) -> None:
    import memories_sh

    h = Harness(
        mode, [fail(status, code, type_, details=details, message=details["error"])], session_cookie="s"
    )
    with pytest.raises(getattr(memories_sh, raised)) as caught:
        h.call(method, *args)
    assert caught.value.code == code and caught.value.code.is_known
    assert caught.value.details == details
