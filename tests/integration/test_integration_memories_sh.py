"""Every ``MemoriesClient`` / ``AsyncMemoriesClient`` method over real HTTP against the local server,
with both transports (``sdk_http``; ``mcp``: the tool-served methods go through ``POST /api/mcp``,
the others still over HTTP), and every error code of the reference's §4 the SDK can reach.

The methods are enumerated from the generated facade (resources walked), so a new spec route
fails ``test_every_facade_method_has_a_recipe`` until a recipe covers it.
"""

from __future__ import annotations

import asyncio
import ssl
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
import yaml
from integration_support import Recorded, RequestLog, facade_methods, maybe_await, missing, operations
from strict_responses import strict_checker

import memories_sh
from agent_memory_sdk._specs import spec_path
from memories_sh import (
    AuthError,
    BulkForgetFilters,
    McpToolName,
    MemoriesError,
    NotFoundError,
    RateLimitError,
    ToolError,
    ValidationError,
    meta_of,
)
from memories_sh.testing import ApiKey, ServerConfig, generate_api_key, run_server
from memories_sh.testing._runner import LocalServer

#: Every response of the local server must match the spec with no undocumented field.
STRICT = strict_checker(spec_path("memories_sh", "memories-sh.openapi.yaml"))
PRIMARY = generate_api_key()  # the owner's "current" key: management.keys rotates/revokes it
MAIN = generate_api_key()  # a second key of the same owner, used by the tests
EXPIRED = generate_api_key()
CANARY_CODE = "FALLBACK_RATE_ABOVE_LIMIT"
TLS = ssl.create_default_context()
MODES = ["sync", "async"]
TRANSPORTS = ["sdk_http", "mcp"]
SDK = "/api/sdk/v1"


class Clock:
    """A settable clock for the server (``ServerConfig.clock``)."""

    def __init__(self) -> None:
        self.now = datetime.now(timezone.utc)
        self._lock = threading.Lock()

    def __call__(self) -> datetime:
        with self._lock:
            return self.now

    def advance(self, seconds: float) -> None:
        with self._lock:
            self.now += timedelta(seconds=seconds)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "MEMORIES_API_KEY",
        "MEMORIES_BASE_URL",
        "MEMORIES_TENANT_ID",
        "MEMORIES_USER_ID",
        "MEMORIES_PROJECT_ID",
        "MEMORIES_MANAGEMENT_TOKEN",
        "MEMORIES_SESSION_COOKIE",
        "AGENT_MEMORY_LOG",
    ):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def server() -> Iterator[LocalServer]:
    past = datetime.now(timezone.utc) - timedelta(days=1)
    config = ServerConfig(
        keys=[PRIMARY, MAIN, ApiKey(EXPIRED, expires_at=past)],
        tenants={"tenant-provisioning": "provisioning"},
        canary_gate=[CANARY_CODE],
        rate_limit=None,
        management_rate_limit=None,
        management_strict_rate_limit=None,
    )
    with run_server(config) as local:
        yield local


def make_client(
    mode: str, url: str, key: str | None = MAIN, *, http: Any = None, **kwargs: Any
) -> memories_sh.MemoriesClient | memories_sh.AsyncMemoriesClient:
    cls = memories_sh.MemoriesClient if mode == "sync" else memories_sh.AsyncMemoriesClient
    if http is None:
        kwargs.setdefault("verify", TLS)
    return cls(key, base_url=url, http_client=http, **kwargs)


async def close(client: Any) -> None:
    await maybe_await(client.close())


@dataclass
class Env:
    mode: str
    transport: str
    server: LocalServer
    calls: set[str]
    log: RequestLog
    c: Recorded
    user: str
    project: str
    _opened: list[Any] = field(default_factory=list)

    @property
    def config(self) -> ServerConfig:
        return self.server.config

    def client(self, key: str | None = MAIN, **kwargs: Any) -> Recorded:
        kwargs.setdefault("transport", self.transport)
        raw = make_client(self.mode, self.server.base_url, key, **kwargs)
        self._opened.append(raw)
        return Recorded(raw, self.calls)

    def management(self, **kwargs: Any) -> Recorded:
        cfg = self.config
        kwargs.setdefault("management_token", cfg.cli_token)
        kwargs.setdefault("session_cookie", f"{cfg.session_cookie_name}={cfg.session_cookie_value}")
        return self.client(**kwargs)

    def paths(self) -> list[str]:
        return [path for _, path in self.log.requests]


@pytest.fixture(params=[(m, t) for m in MODES for t in TRANSPORTS], ids=lambda p: f"{p[0]}-{p[1]}")
async def env(request: pytest.FixtureRequest, server: LocalServer) -> Any:
    mode, transport = request.param
    log = RequestLog(STRICT)
    http = (
        log.sync_client(timeout=30, verify=TLS)
        if mode == "sync"
        else log.async_client(timeout=30, verify=TLS)
    )
    suffix = uuid.uuid4().hex[:8]
    e = Env(mode, transport, server, set(), log, None, f"user-{suffix}", f"github.com/it/{suffix}")  # type: ignore[arg-type]
    raw = make_client(
        mode, server.base_url, MAIN, http=http, transport=transport, user_id=e.user, project_id=e.project
    )
    e.c = Recorded(raw, e.calls)
    e._opened.append(raw)
    yield e
    for client in e._opened:
        await close(client)
    await maybe_await(http.close() if mode == "sync" else http.aclose())


MCP_SERVED = (
    "context.get",
    "memories.add",
    "memories.search",
    "memories.list",
    "memories.edit",
    "memories.forget",
    "memories.bulk_forget",
    "memories.vacuum",
)


# --------------------------------------------------------------------------------------- recipes


async def r_memories(e: Env) -> None:
    """add (three layers) -> search -> list -> context.get -> edit -> forget, over the env's transport."""
    c = e.c
    rule = await c.memories.add(content="Always run smoke tests before deploy", type="rule", tags=["ci"])
    assert rule.memory.layer == "rule" and rule.memory.project_id == e.project and rule.message
    assert meta_of(rule) is not None and meta_of(rule).request_id
    decision = await c.memories.add(content="No deploys on fridays", type="decision", layer="long_term")
    working = await c.memories.add(content="Currently debugging the deploy pipeline", layer="working")
    assert working.memory.layer == "working" and working.memory.expires_at is not None  # 24 h TTL
    assert decision.memory.expires_at is None

    hits = await c.memories.search("smoke")
    assert [m.id for m in hits.memories] == [rule.id] and hits.count == 1
    assert [m.id for m in (await c.memories.list(type="rule")).memories] == [rule.id]
    assert [m.id for m in (await c.memories.list(layer="working")).memories] == [working.id]
    assert {m.id for m in (await c.memories.list()).memories} == {rule.id, decision.id, working.id}
    assert (await c.memories.list(user_id="someone-else")).count == 0  # rows are the user's own
    assert (await c.memories.list(project_id="github.com/other/repo")).count == 0

    context = await c.context.get(query="deploy")
    assert [r.id for r in context.rules] == [rule.id]
    assert [m.id for m in context.working_memories] == [working.id]
    assert [m.id for m in context.long_term_memories] == [decision.id]
    assert context.mode == "all" and context.query == "deploy" and context.trace.strategy == "baseline"
    if e.transport == "sdk_http":  # over MCP see test_context_mode_is_applied_over_mcp_too
        only_rules = await c.context.get(query="deploy", mode="rules_only", include_skill_files=False)
        assert only_rules.memories == [] and [r.id for r in only_rules.rules] == [rule.id]

    edited = await c.memories.edit(rule.id, content="Always run smoke tests first", tags=["ci", "smoke"])
    assert edited.updated is True and edited.id == rule.id
    listed = (await c.memories.list(type="rule")).memories[0]
    assert listed.content == "Always run smoke tests first" and listed.tags == ["ci", "smoke"]
    # [H]: over HTTP forget only deletes working memories (a silent no-op otherwise, still
    # `deleted: true`); the MCP tool deletes any layer
    forgotten = await c.memories.forget(decision.id)
    assert forgotten.deleted is True
    kept = 1 if e.transport == "sdk_http" else 0
    assert (await c.memories.search("fridays")).count == kept
    assert (decision.id in {m.id for m in (await c.memories.list()).memories}) == bool(kept)
    assert (await c.memories.forget(working.id)).deleted is True
    assert working.id not in {m.id for m in (await c.memories.list()).memories}

    mcp_posts = [p for p in e.paths() if p == "/api/mcp"]
    http_posts = [p for p in e.paths() if p.startswith(f"{SDK}/memories") or p.startswith(f"{SDK}/context")]
    if e.transport == "mcp":
        assert len(mcp_posts) == 17 and http_posts == []
    else:
        assert mcp_posts == [] and len(http_posts) == 18


async def r_skills(e: Env) -> None:
    """Skill files: always over HTTP, even with ``transport="mcp"``."""
    c = e.c
    created = await c.skills.upsert_file(path="skills/deploy.md", content="# Deploy\n1. smoke tests")
    assert created.created is True and created.skill_file.project_id == e.project
    raw = await maybe_await(
        c.raw.with_raw_response.skills.upsert_file(path="skills/deploy.md", content="# Deploy v2")
    )
    assert raw.status_code == 200 and raw.parse().created is False  # 201 created, 200 updated
    e.calls.add("skills.upsert_file")
    files = await c.skills.list_files()
    assert [(f.path, f.content) for f in files.skill_files] == [("skills/deploy.md", "# Deploy v2")]
    context = await c.context.get(query="deploy")
    # the MCP get_context tool carries no skill files (the SDK fills the HTTP field with [])
    expected = [] if e.transport == "mcp" else ["skills/deploy.md"]
    assert [f.path for f in context.skill_files] == expected
    assert (await c.skills.delete_file("skills/deploy.md")).deleted is True
    with pytest.raises(NotFoundError) as info:
        await c.skills.delete_file("skills/deploy.md")
    error = info.value
    assert (error.code, error.status, error.type, error.retryable) == (
        "SKILL_FILE_NOT_FOUND",
        404,
        "not_found_error",
        False,
    )
    assert error.details["path"] == "skills/deploy.md" and error.request_id
    assert (await c.skills.list_files()).count == 0
    skill_paths = [p for p in e.paths() if "/skills/files/" in p]
    assert len(skill_paths) == 6 and all(p.startswith(SDK) for p in skill_paths)


async def r_graph(e: Env) -> None:
    """Graph status/trace/rollout (graph retrieval off by default), the persisted mode, the canary gate."""
    c, tenant = e.c, f"graph-{uuid.uuid4().hex[:8]}"
    await c.memories.add(content="graph seed memory", tags=["graph"], tenant_id=tenant)
    status = await c.graph.status(top_nodes_limit=3, tenant_id=tenant)
    assert status.enabled is False and status.flags.retrieval_enabled is False
    assert status.scope.tenant_id == tenant and status.rollout.mode == "off"
    assert len(status.top_connected_nodes) <= 3
    assert (await c.graph.get_status(tenant_id=tenant)).counts.to_dict() == status.counts.to_dict()
    trace = await c.graph.trace(query="graph", tenant_id=tenant, strategy="hybrid_graph")
    assert trace.strategy.requested == "hybrid_graph" and trace.strategy.applied == "baseline"
    assert trace.trace.fallback_reason == "feature_flag_disabled"
    assert (await c.graph.get_rollout(tenant_id=tenant)).rollout.mode == "off"
    shadow = await c.graph.set_rollout("shadow", tenant_id=tenant)
    assert shadow.rollout.mode == "shadow" and shadow.scope.tenant_id == tenant
    assert (await c.graph.get_rollout(tenant_id=tenant)).rollout.mode == "shadow"  # persisted
    with pytest.raises(ValidationError) as blocked:
        await c.graph.set_rollout("canary", tenant_id=tenant)
    error = blocked.value
    assert error.is_canary_blocked and error.code == "CANARY_ROLLOUT_BLOCKED" and error.status == 409
    assert error.reason_codes == [CANARY_CODE] and error.details["qualityStatus"] == "fail"
    assert (await c.graph.get_rollout(tenant_id=tenant)).rollout.mode == "shadow"  # unchanged
    patched = await c.graph.patch_rollout(mode="off", tenant_id=tenant)
    assert patched.rollout.mode == "off"
    assert all(p.startswith(SDK) for p in e.paths() if "/graph/" in p)


async def r_service(e: Env) -> None:
    """health (HTTP) and the raw MCP JSON-RPC endpoint."""
    health = await e.c.health()
    assert health.status == "ok" and health.schema_version == "2026-02-11"
    info = await e.c.mcp.server_info()  # sent without credentials: the info, not the SSE stream
    assert (info.status, info.name, info.transport) == ("ok", "memories.sh MCP Server", "sse")
    init = await e.c.mcp.rpc(jsonrpc="2.0", method="initialize", id=1)
    assert init.id == 1 and init.result["serverInfo"]["name"] == "memories.sh"
    tools = await e.c.mcp.rpc(jsonrpc="2.0", method="tools/list", id="t")
    names = {tool["name"] for tool in tools.result["tools"]}
    assert names == {str(name.value) for name in McpToolName}  # the nine tools of the spec
    assert {str(op.sdk["mcp_tool"]) for op in OPERATIONS.values() if op.sdk.get("mcp_tool")} <= names
    assert (await e.c.mcp.rpc(jsonrpc="2.0", method="ping", id=2)).result.to_dict() == {}
    with pytest.raises(memories_sh.MethodError) as unknown:  # a JSON-RPC error delivered with HTTP 200
        await e.c.mcp.rpc(jsonrpc="2.0", method="nope", id=3)
    assert (unknown.value.code, unknown.value.rpc_code) == ("METHOD_NOT_FOUND", -32601)


async def r_management_tenants(e: Env) -> None:
    """tenant-overrides with the key (the new names) and the seed's ``management.tenants.*`` names,
    with a dashboard session alone, and without either."""
    c, tenant = e.c, f"tenant-{uuid.uuid4().hex[:8]}"
    upserted = await c.management.tenant_overrides.upsert(tenant, metadata={"team": "it"})
    assert upserted.provisioned is True and upserted.tenant_database.status == "ready"
    assert upserted.tenant_database.source == "override" and upserted.mode == "provision"
    again = await c.management.tenants.upsert(tenant)  # the seed name, same route
    assert again.provisioned is False and again.tenant_database.tenant_id == tenant
    added = await c.memories.add(content="tenant row", tenant_id=tenant)
    assert (await c.memories.search("tenant", tenant_id=tenant)).memories[0].id == added.id
    assert (await c.memories.search("tenant")).count == 0  # the workspace is another database
    routing = await c.management.tenant_routing.effective(tenant)
    assert routing.tenant_id == tenant and routing.decision["code"] == "MAPPING_READY"
    assert routing.mapping["exists"] is True and routing.resolved_target["kind"] == "tenant_database"
    for listed in (await c.management.tenant_overrides.list(), await c.management.tenants.list()):
        row = next(t for t in listed.tenant_databases if t.tenant_id == tenant)
        assert row.status == "ready" and row.metadata["team"] == "it" and listed.count >= 1
    cookie = f"{e.config.session_cookie_name}={e.config.session_cookie_value}"
    session_only = e.client(None, session_cookie=cookie)
    assert tenant in {t.tenant_id for t in (await session_only.management.tenants.list()).tenant_databases}
    disabled = await c.management.tenants.disable(tenant)
    assert disabled.ok is True and disabled.status == "disabled" and disabled.tenant_id == tenant
    assert (await c.management.tenant_routing.effective(tenant)).decision["code"] != "MAPPING_READY"
    with pytest.raises(NotFoundError) as unknown:
        await c.management.tenant_overrides.disable(f"missing-{tenant}")
    assert_error(unknown.value, NotFoundError, "TENANT_OVERRIDE_NOT_FOUND", 404)
    for client in (
        e.client(None, management_token=e.config.cli_token),  # a cli_ token is not a credential here
        e.client(None, session_cookie=f"{e.config.session_cookie_name}=forged"),
    ):
        with pytest.raises(AuthError) as denied:
            await client.management.tenant_overrides.list()
        assert_error(denied.value, AuthError, "UNAUTHORIZED", 401)
    assert all(p.startswith(SDK) for p in e.paths() if "/management/" in p)


async def r_bulk_forget_vacuum(e: Env) -> None:
    """bulk_forget (dry run, then for real) and vacuum; over HTTP only the working layer is
    touched, the MCP tools are not restricted."""
    c = e.c
    working = [
        await c.memories.add(content=f"TODO scratch {i}", tags=["tmp"], layer="working") for i in range(2)
    ]
    durable = await c.memories.add(content="TODO durable note", tags=["tmp"], layer="long_term")
    keeper = await c.memories.add(content="keep me", tags=["keep"], layer="working")
    expected = {m.id for m in working} | ({durable.id} if e.transport == "mcp" else set())
    preview = await c.memories.bulk_forget({"tags": ["tmp"]}, dry_run=True)
    assert preview.count == len(expected) and preview.ids is None
    assert {item["id"] for item in preview.memories} == expected
    assert all(item["contentPreview"].startswith("TODO") for item in preview.memories)
    assert (await c.memories.list(limit=100)).count == 4  # nothing deleted yet
    done = await c.memories.bulk_forget(BulkForgetFilters(pattern="TODO*"))
    assert set(done.ids) == expected and done.count == len(expected) and done.message
    left = {m.id for m in (await c.memories.list(limit=100)).memories}
    assert left == {keeper.id} | ({durable.id} if e.transport == "sdk_http" else set())
    none = await c.memories.bulk_forget({"tags": ["no-such-tag"]})
    assert none.count == 0 and none.ids == []
    purged = await c.memories.vacuum()
    assert purged.purged == len(expected) and purged.message
    assert (await c.memories.vacuum()).purged == 0
    lenient = e.client(validate_requests=False, user_id=e.user, project_id=e.project)
    with pytest.raises(ValidationError) as both:  # all:true with a content filter
        await lenient.memories.bulk_forget({"all": True, "tags": ["x"]})
    if e.transport == "mcp":
        assert_error(both.value, ValidationError, "BULK_FORGET_INVALID_FILTERS", 400)
    else:
        assert_error(both.value, ValidationError, "INVALID_REQUEST", 400)
    mcp_posts = [p for p in e.paths() if p == "/api/mcp"]
    http_posts = [p for p in e.paths() if p.endswith(("/bulk-forget", "/vacuum"))]
    assert (len(mcp_posts) > 0) == (e.transport == "mcp") and (http_posts == []) == (e.transport == "mcp")


async def r_consolidate(e: Env) -> None:
    c = e.c
    old = await c.memories.add(content="Deploys use blue/green switching", type="decision")
    new = await c.memories.add(content="Deploys use blue/green switching", type="decision")
    other = await c.memories.add(content="Unrelated fact", type="fact")
    dry = await c.memories.consolidate(types=["decision"], dry_run=True)
    assert dry.run_id == dry.run.id and dry.run.input_count == 2 and dry.run.merged_count == 1
    assert dry.superseded_memory_ids == [old.id] and dry.winner_memory_ids == [new.id]
    assert dry.run["metadata"]["dryRun"] is True and dry.message.startswith("Dry-run")
    real = await c.memories.consolidate(types=["decision", "fact"], model="local/none")
    assert real.superseded_memory_ids == [old.id] and real.run.model == "local/none"
    assert real.run.project_id == e.project and real.run.scope == "project"
    again = await c.memories.consolidate(types=["decision"])
    assert again.superseded_memory_ids == [] and other.id not in again.winner_memory_ids


async def r_sessions(e: Env) -> None:
    """start → checkpoint → end (then 409), snapshot (404 until the CLI writes one), promote."""
    c = e.c
    started = await c.sessions.start(title="Auth migration", client="pytest", metadata={"k": 1})
    sid = started.session_id
    assert started.session.status == "active" and started.session.project_id == e.project
    assert started.session.user_id == e.user and started.session.metadata["k"] == 1
    raw = await maybe_await(c.raw.with_raw_response.sessions.start())
    assert raw.status_code == 201
    e.calls.add("sessions.start")
    point = await c.sessions.checkpoint(sid, content="User confirmed canary", token_count=5, turn_index=1)
    assert point.event.session_id == sid and point.event_id == point.event.id
    assert (point.event.role, point.event.kind, point.event.token_count) == ("assistant", "checkpoint", 5)
    with pytest.raises(NotFoundError) as no_snapshot:
        await c.sessions.get_snapshot(sid)
    assert_error(no_snapshot.value, NotFoundError, "SESSION_SNAPSHOT_NOT_FOUND", 404)
    # the CLI writes snapshots into the shared database; the local server offers the same writer
    written = e.server.create_session_snapshot(
        sid, "### user\nPromote canary?\n### assistant\nAfter metrics."
    )
    snap = await c.sessions.get_snapshot(sid)
    assert snap.snapshot.id == written["id"] and snap.snapshot.message_count == 2
    assert "Promote canary?" in snap.snapshot.transcript_md
    promoted = await c.skills.promote_from_session(sid, path="skills/canary.md", title="Canary procedure")
    assert promoted.created is True and promoted.source.snapshot_id == written["id"]
    assert (
        promoted.skill_file.path == "skills/canary.md" and "Canary procedure" in promoted.skill_file.content
    )
    raw_again = await maybe_await(
        c.raw.with_raw_response.skills.promote_from_session(sid, path="skills/canary.md")
    )
    assert raw_again.status_code == 200 and raw_again.parse().created is False
    assert "skills/canary.md" in {f.path for f in (await c.skills.list_files()).skill_files}
    ended = await c.sessions.end(sid, status="compacted")
    assert ended.session.status == "compacted" and ended.session.ended_at is not None
    with pytest.raises(ValidationError) as inactive:
        await c.sessions.checkpoint(sid, content="too late")
    assert_error(inactive.value, ValidationError, "SESSION_NOT_ACTIVE", 409)
    assert inactive.value.details == {"sessionId": sid, "status": "compacted"}
    with pytest.raises(NotFoundError) as unknown:
        await c.sessions.end("000000000000")
    assert_error(unknown.value, NotFoundError, "SESSION_NOT_FOUND", 404)
    with pytest.raises(NotFoundError):  # another user's view of the session
        await c.sessions.get_snapshot(sid, user_id="someone-else")
    assert all(p.startswith(SDK) for p in e.paths() if "/sessions/" in p or "/promote" in p)


async def r_management_observability(e: Env) -> None:
    """Embedding models/usage/backfill/observability and memory observability/eval replay."""
    c = e.c
    await c.memories.add(content="embedded memory for usage")
    models = await c.management.embeddings.list()
    ids = {item["id"] for item in models.models}
    assert models.config.selected_model_id in ids and models.config.source == "system_default"
    chosen = sorted(ids)[-1]
    requested = await c.management.embeddings.list(embedding_model=chosen)
    assert requested.config.selected_model_id == chosen and requested.config.source == "request"
    with pytest.raises(ValidationError) as bogus:
        await c.management.embeddings.list(embedding_model="nobody/no-model")
    assert_error(bogus.value, ValidationError, "UNSUPPORTED_EMBEDDING_MODEL", 400)
    usage = await c.management.embeddings.usage()
    assert usage.usage_month.endswith("-01") and usage.summary.request_count >= 1
    assert usage.summary.request_count == sum(row["requestCount"] for row in usage.breakdown)
    status = await c.management.embeddings.backfill_status()
    assert status.status in ("idle", "running", "paused", "completed")
    paused = await c.management.embeddings.backfill(action="pause")
    assert paused.action == "pause" and paused.status.status == "paused" and paused.batch is None
    resumed = await c.management.embeddings.backfill(action="resume")
    assert resumed.status.status != "paused"
    ran = await c.management.embeddings.backfill(batch_limit=50)
    assert ran.action == "run" and ran.batch is not None and ran.batch.enqueued <= ran.batch.scanned
    assert ran.status.status in ("running", "completed") and ran.status.last_run_at is not None
    health = await c.management.embeddings.observability(window_hours=24)
    assert health.window_hours == 24 and health.health in ("healthy", "degraded", "critical")
    assert health.queue["queuedCount"] >= 0 and isinstance(health["alarms"], list)
    memory = await c.management.memory.observability(window_hours=48)
    assert memory.window_hours == 48 and memory.lifecycle["createdCount"] >= 1
    replay = await c.management.memory.eval_replay(
        [
            {"id": "hit", "extraction": {"expected": ["a", "b"], "observed": ["a", "b"]}},
            {"id": "miss", "trigger": {"expected": "semantic", "observed": "count"}},
        ]
    )
    assert [item["id"] for item in replay.scenarios] == ["hit", "miss"]
    assert replay.scenarios[0]["status"] == "pass" and replay.scenarios[1]["status"] != "pass"
    assert replay.summary["scenarios"] == 2 and replay.summary["status"] in ("warn", "fail")
    with pytest.raises(ValidationError) as empty:
        await e.client(validate_requests=False).management.memory.eval_replay([])
    assert_error(empty.value, ValidationError, "INVALID_REQUEST", 400)


async def r_management_keys(e: Env) -> None:
    """[H] several keys per owner: create adds a key (the others stay valid), ``revoke(key_id=)``
    revokes that one key (revoking all of them: ``test_revoking_every_key``). Session cookie only."""
    m = e.management()
    status = await m.management.keys.get()
    assert status.has_key is True and status.is_expired is False
    before = {k["id"] for k in status["keys"]}
    assert status.key_count == len(before) >= 2 and status.active_key_count is not None
    expiry = (datetime.now(timezone.utc) + timedelta(days=30)).isoformat()
    created = await m.management.keys.create(expires_at=expiry)
    assert created.api_key.startswith("mem_") and created.key_preview.startswith(created.api_key[:12])
    assert created.key_id and created.key_id not in before
    assert created.api_key not in repr(created) and created.key_preview in repr(created)  # format: password
    fresh = e.client(created.api_key)
    assert (await fresh.memories.search("anything")).count >= 0
    listed = await m.management.keys.get()
    assert {k["id"] for k in listed["keys"]} == before | {created.key_id}
    with pytest.raises(ValidationError) as too_soon:
        await m.management.keys.create(expires_at=datetime.now(timezone.utc).isoformat())
    assert too_soon.value.code == "LEGACY_MCP_KEY_ERROR" and "1 minute" in str(too_soon.value)
    revoked = await m.management.keys.revoke(key_id=created.key_id)
    assert revoked.ok is True and revoked.revoked_count == 1 and revoked.revoked_key_id == created.key_id
    assert {k["id"] for k in (await m.management.keys.get())["keys"]} == before
    with pytest.raises(AuthError) as gone:
        await fresh.memories.search("anything")
    assert gone.value.code == "INVALID_API_KEY"
    assert (await e.c.memories.search("anything")).count >= 0  # MAIN is another key
    with pytest.raises(NotFoundError) as unknown:
        await m.management.keys.revoke(key_id=str(uuid.uuid4()))
    assert (unknown.value.code, unknown.value.status) == ("LEGACY_MCP_KEY_ERROR", 404)
    for client in (e.client(), e.client(session_cookie="sb-localhost-auth-token=forged")):
        with pytest.raises(AuthError) as denied:
            await client.management.keys.get()
        assert (denied.value.code, denied.value.status) == ("LEGACY_MCP_KEY_ERROR", 401)


RECIPES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "memories": (r_memories, MCP_SERVED[:6]),
    "skills": (r_skills, ("skills.upsert_file", "skills.list_files", "skills.delete_file", "context.get")),
    "graph": (
        r_graph,
        (
            "graph.status",
            "graph.get_status",
            "graph.trace",
            "graph.get_rollout",
            "graph.set_rollout",
            "graph.patch_rollout",
        ),
    ),
    "service": (r_service, ("health", "mcp.rpc", "mcp.server_info")),
    "management_tenants": (
        r_management_tenants,
        (
            "management.tenant_overrides.upsert",
            "management.tenant_overrides.list",
            "management.tenant_overrides.disable",
            "management.tenants.upsert",
            "management.tenants.list",
            "management.tenants.disable",
            "management.tenant_routing.effective",
        ),
    ),
    "bulk_forget_vacuum": (r_bulk_forget_vacuum, ("memories.bulk_forget", "memories.vacuum")),
    "consolidate": (r_consolidate, ("memories.consolidate",)),
    "sessions": (
        r_sessions,
        (
            "sessions.start",
            "sessions.checkpoint",
            "sessions.end",
            "sessions.get_snapshot",
            "skills.promote_from_session",
        ),
    ),
    "management_observability": (
        r_management_observability,
        (
            "management.embeddings.list",
            "management.embeddings.usage",
            "management.embeddings.backfill_status",
            "management.embeddings.backfill",
            "management.embeddings.observability",
            "management.memory.observability",
            "management.memory.eval_replay",
        ),
    ),
    "management_keys": (
        r_management_keys,
        ("management.keys.get", "management.keys.create", "management.keys.revoke"),
    ),
}
OPERATIONS = operations("_memories_sh_api.api")


def test_every_facade_method_has_a_recipe() -> None:
    from _memories_sh_api.client import AsyncMethods, Methods

    methods = facade_methods(Methods)
    aliases = {str(alias) for op in OPERATIONS.values() for alias in op.sdk.get("aliases") or ()}
    assert methods == facade_methods(AsyncMethods) == set(OPERATIONS) | aliases
    spec = yaml.safe_load(spec_path("memories_sh", "memories-sh.openapi.yaml").read_text(encoding="utf-8"))
    http = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}
    spec_routes = {f"{m.upper()} {path}" for path, item in spec["paths"].items() for m in item if m in http}
    assert {f"{op.method} {op.path}" for op in OPERATIONS.values()} == spec_routes  # none restated
    covered = {m for _, declared in RECIPES.values() for m in declared}
    assert sorted(methods - covered) == []
    assert sorted(n for n, op in OPERATIONS.items() if op.sdk.get("mcp_tool")) == sorted(MCP_SERVED)


@pytest.mark.parametrize("recipe", sorted(RECIPES))
async def test_recipe(env: Env, recipe: str) -> None:
    fn, declared = RECIPES[recipe]
    await fn(env)
    assert missing(declared, env.calls) == []


# ------------------------------------------------------------------------------ error catalogue


def assert_error(error: MemoriesError, cls: type, code: str, status: int, retryable: bool = False) -> None:
    assert isinstance(error, cls), type(error)
    assert (error.code, error.status, error.retryable) == (code, status, retryable)
    assert MAIN not in str(error) and PRIMARY not in str(error)


async def test_auth_error_codes(env: Env) -> None:
    unknown = env.client(generate_api_key())
    with pytest.raises(AuthError) as info:
        await unknown.memories.search("x")
    assert_error(info.value, AuthError, "INVALID_API_KEY", 401)
    with pytest.raises(AuthError) as info:
        await env.client(EXPIRED).memories.add(content="x")
    assert_error(info.value, AuthError, "API_KEY_EXPIRED", 401)
    assert "expired" in str(info.value).lower()
    # The SDK never sends without a key, but a client holding only management credentials does.
    keyless = env.client(None, management_token=env.config.cli_token)
    with pytest.raises(AuthError) as info:
        await keyless.memories.list()
    assert_error(info.value, AuthError, "MISSING_API_KEY", 401)
    with pytest.raises(AuthError) as info:
        await env.c.memories.search("x", extra_headers={"Authorization": "Bearer mem_not-hex"})
    assert_error(info.value, AuthError, "INVALID_API_KEY_FORMAT", 401)
    with pytest.raises(AuthError) as info:  # graph routes check the key too
        await env.client(EXPIRED, transport="sdk_http").graph.get_rollout()
    assert info.value.code == "API_KEY_EXPIRED"


async def test_invalid_request(env: Env) -> None:
    """zod's limits on the server (client validation off): ``INVALID_REQUEST`` without details."""
    lenient = env.client(validate_requests=False, transport="sdk_http")
    for attempt in (
        lambda: lenient.memories.search("x", limit=51),
        lambda: lenient.memories.add(content="   "),
        lambda: lenient.graph.set_rollout("everything"),
    ):
        with pytest.raises(ValidationError) as info:
            await attempt()
        assert_error(info.value, ValidationError, "INVALID_REQUEST", 400)
        assert info.value.details is None and "Invalid request payload" in str(info.value)
    with pytest.raises(memories_sh.ClientValidationError) as local:  # with validation on: never sent
        await env.c.memories.search("x", limit=51)
    assert local.value.param == "limit"


MCP_VALIDATION = [
    ("QUERY_REQUIRED", "query", lambda c: c.memories.search("  ")),
    ("MEMORY_CONTENT_REQUIRED", "content", lambda c: c.memories.add(content="  ")),
    ("MEMORY_LAYER_INVALID", "layer", lambda c: c.memories.add(content="x", layer="bogus")),
    ("MEMORY_ID_REQUIRED", "id", lambda c: c.memories.forget("")),
    ("TENANT_ID_INVALID", "tenant_id", lambda c: c.memories.search("x", tenant_id="  ")),
]


@pytest.mark.parametrize(("code", "field", "call"), MCP_VALIDATION, ids=[v[0] for v in MCP_VALIDATION])
async def test_tool_validation_codes(env: Env, code: str, field: str, call: Any) -> None:
    """The tools' own validation codes exist only over MCP (§4: zod pre-empts them over HTTP, which
    answers ``INVALID_REQUEST``); client validation is off so the values reach the server."""
    lenient = env.client(validate_requests=False)
    with pytest.raises(ValidationError) as info:
        await call(lenient)
    if env.transport == "mcp":
        assert_error(info.value, ValidationError, code, 400)
        assert info.value.details["field"] == field and info.value.rpc_code == -32602
    else:
        assert_error(info.value, ValidationError, "INVALID_REQUEST", 400)


async def test_tenant_database_not_ready_is_retried_then_raised(env: Env) -> None:
    log = RequestLog(STRICT)
    http = log.sync_client(verify=TLS) if env.mode == "sync" else log.async_client(verify=TLS)
    client = env.client(http=http, max_retries=2)
    sleeps = patch_sleep(client.raw, None)
    try:
        with pytest.raises(ToolError) as info:
            await client.memories.search("x", tenant_id="tenant-provisioning")
    finally:
        await maybe_await(http.close() if env.mode == "sync" else http.aclose())
    assert_error(info.value, ToolError, "TENANT_DATABASE_NOT_READY", 409, retryable=True)
    assert info.value.details == {"tenant_id": "tenant-provisioning", "status": "provisioning"}
    assert len(log.requests) == 3 and len(sleeps) == 2  # sent, retried twice, then raised
    if env.transport == "mcp":
        assert info.value.rpc_code == -32009 and {p for _, p in log.requests} == {"/api/mcp"}


def patch_sleep(client: Any, clock: Clock | None) -> list[float]:
    """Replace the client's ``_sleep``: record the wait and move the server's clock instead."""
    sleeps: list[float] = []

    def record(seconds: float) -> None:
        sleeps.append(seconds)
        if clock is not None:
            clock.advance(seconds)

    if isinstance(client, memories_sh.AsyncMemoriesClient):

        async def sleep(seconds: float) -> None:
            record(seconds)

        client._sleep = sleep
    else:
        client._sleep = record
    client._random = lambda: 0.0
    return sleeps


@pytest.fixture(scope="module")
def unprovisioned() -> Iterator[LocalServer]:
    with run_server(ServerConfig(keys=[MAIN], auto_provision_tenants=False)) as local:
        yield local


@pytest.fixture(scope="module")
def no_workspace() -> Iterator[LocalServer]:
    with run_server(ServerConfig(keys=[MAIN], workspace_db=False)) as local:
        yield local


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("mode", MODES)
async def test_database_not_configured_codes(
    mode: str, transport: str, unprovisioned: LocalServer, no_workspace: LocalServer
) -> None:
    workspace_less = make_client(mode, no_workspace.base_url, transport=transport)
    tenantless = make_client(mode, unprovisioned.base_url, transport=transport)
    try:
        with pytest.raises(NotFoundError) as info:
            await maybe_await(workspace_less.memories.search("x"))
        assert_error(info.value, NotFoundError, "DATABASE_NOT_CONFIGURED", 400)  # not_found_error, 400
        assert info.value.type == "not_found_error"
        with pytest.raises(NotFoundError) as info:
            await maybe_await(tenantless.memories.add(content="x", tenant_id="acme-unknown"))
        assert_error(info.value, NotFoundError, "TENANT_DATABASE_NOT_CONFIGURED", 404)
        assert info.value.details == {"tenant_id": "acme-unknown"}
        if transport == "mcp":
            assert info.value.rpc_code == -32004
        assert (await maybe_await(tenantless.memories.list())).count == 0  # the workspace still works
    finally:
        await close(workspace_less)
        await close(tenantless)


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("mode", MODES)
async def test_429_is_retried_after_the_servers_wait(mode: str, transport: str) -> None:
    """A small rate limit: the third call gets 429 and is retried after the wait the server asked
    for (``details.retryAfterSeconds`` over HTTP, ``Retry-After`` over MCP); the patched sleep moves
    the server's clock, so the retry succeeds. With ``max_retries=0`` the 429 is raised."""
    clock = Clock()
    config = ServerConfig(keys=[MAIN], rate_limit=2, rate_limit_window=30, clock=clock)
    with run_server(config) as local:
        log = RequestLog(STRICT)
        http = log.sync_client(verify=TLS) if mode == "sync" else log.async_client(verify=TLS)
        client = make_client(mode, local.base_url, http=http, transport=transport, max_retries=1)
        sleeps = patch_sleep(client, clock)
        try:
            await maybe_await(client.memories.add(content="one"))
            await maybe_await(client.memories.add(content="two"))
            raw = await maybe_await(client.with_raw_response.memories.search("one"))
            assert raw.status_code == 200 and raw.retries_taken == 1
            assert [m.content for m in raw.parse().memories] == ["one"]
            assert sleeps == [30.0] and len(log.requests) == 4
            await maybe_await(client.memories.list())
            with pytest.raises(RateLimitError) as info:
                await maybe_await(client.memories.list(max_retries=0))
            error = info.value
            if transport == "sdk_http":
                assert_error(error, RateLimitError, "RATE_LIMITED", 429, retryable=True)
                assert error.details == {"retryAfterSeconds": 30} and error.retry_after == 30
            else:  # /api/mcp answers the raw limiter response: no envelope, Retry-After header
                assert error.status == 429 and error.retryable and error.retry_after == 30
        finally:
            await close(client)
            await maybe_await(http.close() if mode == "sync" else http.aclose())


@pytest.mark.parametrize("mode", ["rules_only", "working", "long_term"])
def test_context_mode_is_applied_over_mcp_too(server: LocalServer, mode: str) -> None:
    project = f"github.com/it/mode-{uuid.uuid4().hex[:8]}"
    results = {}
    for transport in TRANSPORTS:
        with memories_sh.MemoriesClient(
            MAIN, base_url=server.base_url, transport=transport, project_id=project, user_id="u-mode"
        ) as client:
            if transport == "sdk_http":
                client.memories.add(content="deploy rule", type="rule")
                client.memories.add(content="deploy decision", layer="long_term")
                client.memories.add(content="deploy in progress", layer="working")
            got = client.context.get(query="deploy", mode=mode, include_rules=False)
            results[transport] = (sorted(m.id for m in got.memories), [r.id for r in got.rules])
    assert results["mcp"] == results["sdk_http"]


def test_mcp_transport_keeps_http_for_everything_else(server: LocalServer) -> None:
    """``transport="auto"`` with a ``/api/mcp`` base URL picks MCP; skills, graph, health and
    management still go over HTTP (checked with the recorded paths)."""
    log = RequestLog(STRICT)
    with log.sync_client(verify=TLS) as http:
        client = memories_sh.MemoriesClient(
            MAIN, base_url=server.mcp_url, http_client=http, project_id="p-auto"
        )
        assert client.transport == "mcp"
        client.memories.add(content="via mcp")
        client.skills.list_files()
        client.graph.get_rollout()
        client.health()
        assert [p for _, p in log.requests] == [
            "/api/mcp",
            f"{SDK}/skills/files/list",
            f"{SDK}/graph/rollout",
            f"{SDK}/health",
        ]


def test_async_recipe_runs_concurrently_with_sync(server: LocalServer) -> None:
    """The two clients against one server at once (a smoke test of the shared engine)."""

    async def go() -> int:
        async with memories_sh.AsyncMemoriesClient(MAIN, base_url=server.base_url, project_id="p-mix") as a:
            added = await asyncio.gather(*(a.memories.add(content=f"mix {i}") for i in range(10)))
            return len({item.id for item in added})

    with memories_sh.MemoriesClient(MAIN, base_url=server.base_url, project_id="p-mix") as s:
        assert asyncio.run(go()) == 10
        assert s.memories.list(limit=100).count == 10


def test_february_shaped_requests_still_work(server: LocalServer) -> None:
    """Bodies exactly as the February clients sent them (the seed TS client: explicit
    ``strategy: "baseline"``, ``graphDepth``/``graphLimit``, no ``strategy`` on search; the MCP
    ``retrieval_strategy`` legacy names) are accepted by the live contract."""
    headers = {"Authorization": f"Bearer {MAIN}"}
    project = f"github.com/feb/{uuid.uuid4().hex[:8]}"
    scope = {"userId": "feb-user", "projectId": project}
    with httpx.Client(base_url=server.base_url, headers=headers, timeout=30, verify=TLS) as http:
        added = http.post(
            f"{SDK}/memories/add", json={"content": "Always tag releases", "type": "rule", "scope": scope}
        )
        assert added.status_code == 201 and added.json()["data"]["memory"]["layer"] == "rule"
        context = http.post(
            f"{SDK}/context/get",
            json={
                "query": "releases",
                "limit": 5,
                "includeRules": True,
                "mode": "all",
                "strategy": "baseline",
                "graphDepth": 1,
                "graphLimit": 8,
                "scope": scope,
            },
        )
        assert context.status_code == 200, context.text
        data = context.json()["data"]
        assert [r["content"] for r in data["rules"]] == ["Always tag releases"]
        assert data["trace"]["requestedStrategy"] == "baseline" and data["trace"]["strategy"] == "baseline"
        search = http.post(f"{SDK}/memories/search", json={"query": "releases", "limit": 10, "scope": scope})
        assert search.status_code == 200 and search.json()["data"]["count"] == 1
        for legacy in ("baseline", "hybrid_graph"):
            rpc = http.post(
                "/api/mcp",
                json={
                    "jsonrpc": "2.0",
                    "id": legacy,
                    "method": "tools/call",
                    "params": {
                        "name": "get_context",
                        "arguments": {
                            "query": "releases",
                            "retrieval_strategy": legacy,
                            "user_id": "feb-user",
                            "project_id": project,
                        },
                    },
                },
            )
            result = rpc.json()["result"]["structuredContent"]["data"]
            assert rpc.status_code == 200 and [r["content"] for r in result["rules"]] == [
                "Always tag releases"
            ]


STRATEGIES = ["lexical", "semantic", "hybrid", "baseline", "hybrid_graph"]


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("strategy", STRATEGIES)
def test_every_live_strategy_is_sent_and_accepted(server: LocalServer, transport: str, strategy: str) -> None:
    """``context.get`` and ``memories.search`` accept every strategy the live routes accept (client
    validation included); over HTTP the trace tells what was requested."""
    project = f"github.com/strat/{uuid.uuid4().hex[:8]}"
    with memories_sh.MemoriesClient(
        MAIN, base_url=server.base_url, transport=transport, project_id=project, verify=TLS
    ) as client:
        added = client.memories.add(content="Canary rollouts need a quality gate", type="decision")
        bundle = client.context.get(query="canary quality gate", strategy=strategy)
        assert added.id in {m.id for m in bundle.memories}
        hits = client.memories.search("canary quality", strategy=strategy)
        assert [m.id for m in hits.memories] == [added.id]
        if transport == "sdk_http":
            canonical = {"baseline": "lexical", "hybrid_graph": "hybrid"}.get(strategy, strategy)
            assert bundle.trace["semanticStrategyRequested"] == canonical
            assert hits.trace is not None and hits.trace["requestedStrategy"] == canonical


@pytest.mark.parametrize("mode", MODES)
async def test_revoking_every_key(mode: str) -> None:
    """``management.keys.revoke()`` without ``key_id`` revokes every key of the owner ([H])."""
    one, two = generate_api_key(), generate_api_key()
    with run_server(ServerConfig(keys=[one, two], rate_limit=None)) as local:
        cookie = f"{local.config.session_cookie_name}={local.config.session_cookie_value}"
        client = make_client(mode, local.base_url, one, session_cookie=cookie)
        try:
            assert (await maybe_await(client.management.keys.get())).key_count == 2
            revoked = await maybe_await(client.management.keys.revoke())
            assert revoked.ok is True and revoked.revoked_count == 2 and revoked.revoked_key_id is None
            assert (await maybe_await(client.management.keys.get())).has_key is False
            with pytest.raises(AuthError) as info:
                await maybe_await(client.memories.list())
            assert info.value.code == "INVALID_API_KEY"
        finally:
            await close(client)
