"""Every method over HTTP: the exact request (method, path, query, camelCase body, headers) and
the parse of the spec's example payloads (the reference's real payloads) into the typed data."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from memories_support import KEY, Harness, operation_of, success_example, values

from memories_sh import meta_of

SCOPE = {"tenant_id": "acme-prod", "user_id": "user_123", "project_id": "github.com/acme/platform"}
WIRE_SCOPE = {"tenantId": "acme-prod", "userId": "user_123", "projectId": "github.com/acme/platform"}

# (operationId, method, args, kwargs, HTTP method, path, query, body)
CASES: list[tuple[str, str, tuple[Any, ...], dict[str, Any], str, str, dict[str, str], Any]] = [
    ("health", "health", (), {}, "GET", "/api/sdk/v1/health", {}, None),
    ("mcp_server_info", "mcp.server_info", (), {}, "GET", "/api/mcp", {}, None),
    (
        "context_get",
        "context.get",
        (),
        {
            "query": "deployment process",
            "limit": 5,
            "include_rules": True,
            "include_skill_files": True,
            "mode": "all",
            "strategy": "baseline",
            "graph_depth": 1,
            "graph_limit": 8,
            **SCOPE,
        },
        "POST",
        "/api/sdk/v1/context/get",
        {},
        {
            "query": "deployment process",
            "limit": 5,
            "includeRules": True,
            "includeSkillFiles": True,
            "mode": "all",
            "strategy": "baseline",
            "graphDepth": 1,
            "graphLimit": 8,
            "scope": WIRE_SCOPE,
        },
    ),
    (
        "memories_add",
        "memories.add",
        (),
        {
            "content": "Use canary rollout for graph retrieval changes",
            "type": "rule",
            "layer": "rule",
            "tags": ["rollout", "graph"],
            "paths": ["packages/web/src/app/**"],
            "category": "ops",
            "metadata": {"source": "runbook"},
            "project_id": "github.com/acme/platform",
            "user_id": "user_123",
        },
        "POST",
        "/api/sdk/v1/memories/add",
        {},
        {
            "content": "Use canary rollout for graph retrieval changes",
            "type": "rule",
            "layer": "rule",
            "tags": ["rollout", "graph"],
            "paths": ["packages/web/src/app/**"],
            "category": "ops",
            "metadata": {"source": "runbook"},
            "scope": {"userId": "user_123", "projectId": "github.com/acme/platform"},
        },
    ),
    (
        "memories_search",
        "memories.search",
        ("rollout",),
        {"type": "rule", "layer": "rule", "limit": 10, "user_id": "user_123"},
        "POST",
        "/api/sdk/v1/memories/search",
        {},
        {"query": "rollout", "type": "rule", "layer": "rule", "limit": 10, "scope": {"userId": "user_123"}},
    ),
    (
        "memories_list",
        "memories.list",
        (),
        {"type": "rule", "layer": "rule", "tags": "rollout", "limit": 20, "project_id": "p", "user_id": "u"},
        "POST",
        "/api/sdk/v1/memories/list",
        {},
        {
            "type": "rule",
            "layer": "rule",
            "tags": "rollout",
            "limit": 20,
            "scope": {"userId": "u", "projectId": "p"},
        },
    ),
    (
        "memories_edit",
        "memories.edit",
        ("mem_abc123",),
        {"content": "Use canary then promote", "tags": ["rollout", "canary"], "user_id": "user_123"},
        "POST",
        "/api/sdk/v1/memories/edit",
        {},
        {
            "id": "mem_abc123",
            "content": "Use canary then promote",
            "tags": ["rollout", "canary"],
            "scope": {"userId": "user_123"},
        },
    ),
    (
        "memories_forget",
        "memories.forget",
        ("mem_abc123",),
        {"user_id": "user_123"},
        "POST",
        "/api/sdk/v1/memories/forget",
        {},
        {"id": "mem_abc123", "scope": {"userId": "user_123"}},
    ),
    (
        "skills_upsert_file",
        "skills.upsert_file",
        (),
        {
            "path": ".agents/skills/review/SKILL.md",
            "content": "---\nname: review\n---\nUse strict checks.",
            **SCOPE,
        },
        "POST",
        "/api/sdk/v1/skills/files/upsert",
        {},
        {
            "path": ".agents/skills/review/SKILL.md",
            "content": "---\nname: review\n---\nUse strict checks.",
            "scope": WIRE_SCOPE,
        },
    ),
    (
        "skills_list_files",
        "skills.list_files",
        (),
        {"limit": 100, **SCOPE},
        "POST",
        "/api/sdk/v1/skills/files/list",
        {},
        {"limit": 100, "scope": WIRE_SCOPE},
    ),
    (
        "skills_delete_file",
        "skills.delete_file",
        (".agents/skills/review/SKILL.md",),
        SCOPE,
        "POST",
        "/api/sdk/v1/skills/files/delete",
        {},
        {"path": ".agents/skills/review/SKILL.md", "scope": WIRE_SCOPE},
    ),
    (
        "graph_status_get",
        "graph.get_status",
        (),
        {"top_nodes_limit": 10, **SCOPE},
        "GET",
        "/api/sdk/v1/graph/status",
        {"topNodesLimit": "10", **WIRE_SCOPE},
        None,
    ),
    (
        "graph_status",
        "graph.status",
        (),
        {"top_nodes_limit": 10, **SCOPE},
        "POST",
        "/api/sdk/v1/graph/status",
        {},
        {"topNodesLimit": 10, "scope": WIRE_SCOPE},
    ),
    (
        "graph_trace",
        "graph.trace",
        (),
        {"query": "rollout", "limit": 10, "include_rules": False, "strategy": "hybrid_graph", **SCOPE},
        "POST",
        "/api/sdk/v1/graph/trace",
        {},
        {
            "query": "rollout",
            "limit": 10,
            "includeRules": False,
            "strategy": "hybrid_graph",
            "scope": WIRE_SCOPE,
        },
    ),
    (
        "graph_rollout_get",
        "graph.get_rollout",
        (),
        {"tenant_id": "acme-prod"},
        "GET",
        "/api/sdk/v1/graph/rollout",
        {"tenantId": "acme-prod"},
        None,
    ),
    (
        "graph_rollout_set",
        "graph.set_rollout",
        ("canary",),
        {"tenant_id": "acme-prod", "project_id": "github.com/acme/platform"},
        "POST",
        "/api/sdk/v1/graph/rollout",
        {},
        {"mode": "canary", "scope": {"tenantId": "acme-prod", "projectId": "github.com/acme/platform"}},
    ),
    (
        "graph_rollout_patch",
        "graph.patch_rollout",
        ("shadow",),
        {},
        "PATCH",
        "/api/sdk/v1/graph/rollout",
        {},
        {"mode": "shadow"},
    ),
    ("management_keys_get", "management.keys.get", (), {}, "GET", "/api/sdk/v1/management/keys", {}, None),
    (
        "management_keys_create",
        "management.keys.create",
        (),
        {"expires_at": "2027-01-01T00:00:00.000Z"},
        "POST",
        "/api/sdk/v1/management/keys",
        {},
        {"expiresAt": "2027-01-01T00:00:00.000Z"},
    ),
    (
        "management_keys_revoke",
        "management.keys.revoke",
        (),
        {},
        "DELETE",
        "/api/sdk/v1/management/keys",
        {},
        None,
    ),
    # the tenant-overrides routes under their names and under the seed's management.tenants.*
    *[
        (f"management_tenant_overrides_{verb}", f"management.{group}.{verb}", *rest)
        for group in ("tenant_overrides", "tenants")
        for verb, *rest in (
            ("list", (), {}, "GET", "/api/sdk/v1/management/tenant-overrides", {}, None),
            (
                "upsert",
                ("acme-prod",),
                {"mode": "attach", "turso_db_url": "libsql://example.turso.io", "turso_db_token": "token"},
                "POST",
                "/api/sdk/v1/management/tenant-overrides",
                {},
                {
                    "tenantId": "acme-prod",
                    "mode": "attach",
                    "tursoDbUrl": "libsql://example.turso.io",
                    "tursoDbToken": "token",
                },
            ),
            (
                "disable",
                ("acme-prod",),
                {},
                "DELETE",
                "/api/sdk/v1/management/tenant-overrides",
                {"tenantId": "acme-prod"},
                None,
            ),
        )
    ],
    (
        "memories_bulk_forget",
        "memories.bulk_forget",
        ({"types": ["note"], "olderThanDays": 90, "pattern": "TODO*"},),
        {"dry_run": True, "user_id": "user_123"},
        "POST",
        "/api/sdk/v1/memories/bulk-forget",
        {},
        {
            "filters": {"types": ["note"], "olderThanDays": 90, "pattern": "TODO*"},
            "dryRun": True,
            "scope": {"userId": "user_123"},
        },
    ),
    (
        "memories_vacuum",
        "memories.vacuum",
        (),
        {"tenant_id": "acme-prod"},
        "POST",
        "/api/sdk/v1/memories/vacuum",
        {},
        {"scope": {"tenantId": "acme-prod"}},
    ),
    (
        "memories_consolidate",
        "memories.consolidate",
        (),
        {"types": ["rule", "fact"], "include_global": False, "dry_run": True, "model": "m", **SCOPE},
        "POST",
        "/api/sdk/v1/memories/consolidate",
        {},
        {
            "types": ["rule", "fact"],
            "includeGlobal": False,
            "dryRun": True,
            "model": "m",
            "scope": WIRE_SCOPE,
        },
    ),
    (
        "skills_promote_file",
        "skills.promote_from_session",
        ("9a8b7c6d5e4f",),
        {"path": "skills/oncall.md", "max_steps": 5, "procedure_key": "oncall", **SCOPE},
        "POST",
        "/api/sdk/v1/skills/files/promote",
        {},
        {
            "sessionId": "9a8b7c6d5e4f",
            "path": "skills/oncall.md",
            "procedureKey": "oncall",
            "maxSteps": 5,
            "scope": WIRE_SCOPE,
        },
    ),
    (
        "sessions_start",
        "sessions.start",
        (),
        {"title": "Auth migration", "client": "codex", "metadata": {"channel": "oncall"}, **SCOPE},
        "POST",
        "/api/sdk/v1/sessions/start",
        {},
        {
            "title": "Auth migration",
            "client": "codex",
            "metadata": {"channel": "oncall"},
            "scope": WIRE_SCOPE,
        },
    ),
    (
        "sessions_checkpoint",
        "sessions.checkpoint",
        ("9a8b7c6d5e4f",),
        {"content": "User confirmed", "role": "user", "kind": "message", "token_count": 3, "turn_index": 0},
        "POST",
        "/api/sdk/v1/sessions/checkpoint",
        {},
        {
            "sessionId": "9a8b7c6d5e4f",
            "content": "User confirmed",
            "role": "user",
            "kind": "message",
            "tokenCount": 3,
            "turnIndex": 0,
        },
    ),
    (
        "sessions_end",
        "sessions.end",
        ("9a8b7c6d5e4f",),
        {"status": "compacted", "user_id": "user_123"},
        "POST",
        "/api/sdk/v1/sessions/end",
        {},
        {"sessionId": "9a8b7c6d5e4f", "status": "compacted", "scope": {"userId": "user_123"}},
    ),
    (
        "sessions_snapshot",
        "sessions.get_snapshot",
        ("9a8b7c6d5e4f",),
        {"user_id": "user_123"},
        "GET",
        "/api/sdk/v1/sessions/9a8b7c6d5e4f/snapshot",
        {"userId": "user_123"},
        None,
    ),
    (
        "embeddings_models",
        "management.embeddings.list",
        (),
        {"tenant_id": "acme-prod", "embedding_model": "openai/text-embedding-3-small"},
        "GET",
        "/api/sdk/v1/embeddings/models",
        {"tenantId": "acme-prod", "embeddingModel": "openai/text-embedding-3-small"},
        None,
    ),
    (
        "management_embeddings_usage",
        "management.embeddings.usage",
        (),
        {"usage_month": "2026-08-01", "limit": 100},
        "GET",
        "/api/sdk/v1/management/embeddings/usage",
        {"usageMonth": "2026-08-01", "limit": "100"},
        None,
    ),
    (
        "management_embeddings_backfill_status",
        "management.embeddings.backfill_status",
        (),
        {"model_id": "openai/text-embedding-3-small"},
        "GET",
        "/api/sdk/v1/management/embeddings/backfill",
        {"modelId": "openai/text-embedding-3-small"},
        None,
    ),
    (
        "management_embeddings_backfill",
        "management.embeddings.backfill",
        (),
        {"action": "run", "batch_limit": 100, "tenant_id": "acme-prod"},
        "POST",
        "/api/sdk/v1/management/embeddings/backfill",
        {},
        {"action": "run", "batchLimit": 100, "tenantId": "acme-prod"},
    ),
    (
        "management_memory_observability",
        "management.memory.observability",
        (),
        {"window_hours": 168, "tenant_id": "acme-prod"},
        "GET",
        "/api/sdk/v1/management/memory/observability",
        {"windowHours": "168", "tenantId": "acme-prod"},
        None,
    ),
    (
        "management_memory_eval_replay",
        "management.memory.eval_replay",
        ([{"id": "r1", "trigger": {"expected": "semantic", "observed": "semantic"}}],),
        {"tenant_id": "acme-prod"},
        "POST",
        "/api/sdk/v1/management/memory/eval/replay",
        {},
        {
            "tenantId": "acme-prod",
            "scenarios": [{"id": "r1", "trigger": {"expected": "semantic", "observed": "semantic"}}],
        },
    ),
    (
        "management_tenant_routing_effective",
        "management.tenant_routing.effective",
        ("acme-prod",),
        {},
        "GET",
        "/api/sdk/v1/management/tenant-routing/effective",
        {"tenantId": "acme-prod"},
        None,
    ),
]


@pytest.mark.parametrize(
    ("operation_id", "method", "args", "kwargs", "verb", "path", "query", "body"),
    CASES,
    ids=[case[1] for case in CASES],
)
def test_request_and_parse(
    mode: str,
    operation_id: str,
    method: str,
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    verb: str,
    path: str,
    query: dict[str, str],
    body: Any,
) -> None:
    status, example = success_example(operation_id)
    h = Harness(mode, [httpx.Response(status, json=example)], management_token="cli_tok")
    result = h.call(method, *args, **kwargs)
    request = h.last
    assert request.method == verb
    assert request.url.path == path
    assert dict(request.url.params) == query
    if body is None and verb in ("GET", "DELETE"):
        assert request.content == b""
        assert "content-type" not in request.headers
    else:
        assert h.body() == body
        assert request.headers["content-type"] == "application/json"
    auth = request.headers.get("authorization")
    sdk = operation_of(operation_id)["x-sdk"]
    if operation_of(operation_id).get("security") == []:
        assert auth is None
    elif sdk.get("auth") == "management":  # session or cli_ token only, never the mem_ key
        assert auth == "Bearer cli_tok"
    else:  # the mem_ key (also for the key-or-session routes when a key is configured)
        assert auth == f"Bearer {KEY}"
    if "data" not in example:  # a plain JSON body (GET /api/mcp), not an envelope
        assert values(result.to_dict()) == values(example)
        return
    # the typed data is returned, equal to the example's data; meta is reachable
    assert values(result.to_dict()) == values(example["data"])
    assert meta_of(result) is not None
    assert meta_of(result).request_id == example["meta"]["requestId"]
    assert meta_of(result).endpoint == example["meta"]["endpoint"]


@pytest.mark.parametrize(
    "method", ["context.get", "memories.list", "skills.list_files", "graph.status", "graph.trace"]
)
def test_empty_post_sends_an_empty_object(mode: str, method: str) -> None:
    operation_id = {
        "context.get": "context_get",
        "memories.list": "memories_list",
        "skills.list_files": "skills_list_files",
        "graph.status": "graph_status",
        "graph.trace": "graph_trace",
    }[method]
    status, example = success_example(operation_id)
    h = Harness(mode, [httpx.Response(status, json=example)])
    h.call(method)
    assert h.last.content == b"{}"


def test_raw_response_gives_the_envelope(mode: str) -> None:
    status, example = success_example("memories_search")
    h = Harness(mode, [httpx.Response(status, json=example)])
    raw = h.call("with_raw_response.memories.search", "rollout")
    assert raw.status_code == 200
    assert raw.json() == example
    assert raw.request_id == example["meta"]["requestId"]
    parsed = raw.parse()
    assert parsed.count == example["data"]["count"]
    assert meta_of(parsed).request_id == example["meta"]["requestId"]


def test_alias_is_the_same_method_raw_too(mode: str) -> None:
    """``x-sdk.aliases``: ``management.tenants.list`` is ``management.tenant_overrides.list`` under
    another name — same route, same typed result, raw twin included."""
    status, example = success_example("management_tenant_overrides_list")
    h = Harness(mode, [httpx.Response(status, json=example)] * 2)
    raw = h.call("with_raw_response.management.tenants.list")
    assert raw.status_code == 200 and raw.json() == example
    typed = values(h.call("management.tenant_overrides.list").to_dict())
    assert values(raw.parse().to_dict()) == typed == values(example["data"])
    assert [r.url.path for r in h.requests] == ["/api/sdk/v1/management/tenant-overrides"] * 2
