"""Typed facade of the memories.sh SDK HTTP API API — generated, do not edit.

Every operation of the spec is a method here; each hands its arguments, with the operation's
binding, to the engine (``agent_memory_sdk``) that owns auth, retries, errors and parsing.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

from .types import (
    NOT_GIVEN,
    AsyncResource,
    LazyModule,
    NotGiven,
    SyncResource,
    call,
    call_raw,
)

if TYPE_CHECKING:
    import httpx
    from agent_memory_sdk._response import APIResponse

    from .models import (
        BulkForgetFilters,
        ContextGetData,
        ContextMode,
        ContextStrategy,
        EmbeddingBackfillActionData,
        EmbeddingBackfillRequestAction,
        EmbeddingBackfillStatus,
        EmbeddingModelsData,
        EmbeddingObservabilityData,
        EmbeddingUsageData,
        GraphDepth,
        GraphRolloutData,
        GraphStatusData,
        GraphTraceData,
        HealthData,
        JsonRpcRequestParams,
        JsonRpcResponse,
        ManagementKeyCreated,
        ManagementKeyRevoked,
        ManagementKeyStatus,
        ManagementTenantDisabled,
        ManagementTenantList,
        ManagementTenantUpserted,
        ManagementTenantUpsertRequestMetadata,
        ManagementTenantUpsertRequestMode,
        McpServerStatus,
        MemoriesAddData,
        MemoriesAddRequestMetadata,
        MemoriesBulkForgetData,
        MemoriesConsolidateData,
        MemoriesEditData,
        MemoriesEditRequestMetadataType0,
        MemoriesForgetData,
        MemoriesListData,
        MemoriesSearchData,
        MemoriesVacuumData,
        MemoryEvalReplayData,
        MemoryLayer,
        MemoryObservabilityData,
        MemoryType,
        ReplayPassCriteria,
        ReplayScenario,
        RetrievalStrategy,
        RolloutMode,
        SessionEventKind,
        SessionEventRole,
        SessionsCheckpointData,
        SessionsEndData,
        SessionsEndRequestStatus,
        SessionsSnapshotData,
        SessionsStartData,
        SessionsStartRequestMetadata,
        SkillsDeleteFileData,
        SkillsListFilesData,
        SkillsPromoteFileData,
        SkillsUpsertFileData,
        TenantRoutingEffectiveData,
    )

__all__ = [
    "Methods",
    "MethodsWithRawResponse",
    "AsyncMethods",
    "AsyncMethodsWithRawResponse",
    "ContextResource",
    "ContextResourceWithRawResponse",
    "AsyncContextResource",
    "AsyncContextResourceWithRawResponse",
    "GraphResource",
    "GraphResourceWithRawResponse",
    "AsyncGraphResource",
    "AsyncGraphResourceWithRawResponse",
    "ManagementResource",
    "ManagementResourceWithRawResponse",
    "AsyncManagementResource",
    "AsyncManagementResourceWithRawResponse",
    "ManagementEmbeddingsResource",
    "ManagementEmbeddingsResourceWithRawResponse",
    "AsyncManagementEmbeddingsResource",
    "AsyncManagementEmbeddingsResourceWithRawResponse",
    "ManagementKeysResource",
    "ManagementKeysResourceWithRawResponse",
    "AsyncManagementKeysResource",
    "AsyncManagementKeysResourceWithRawResponse",
    "ManagementMemoryResource",
    "ManagementMemoryResourceWithRawResponse",
    "AsyncManagementMemoryResource",
    "AsyncManagementMemoryResourceWithRawResponse",
    "ManagementTenantOverridesResource",
    "ManagementTenantOverridesResourceWithRawResponse",
    "AsyncManagementTenantOverridesResource",
    "AsyncManagementTenantOverridesResourceWithRawResponse",
    "ManagementTenantRoutingResource",
    "ManagementTenantRoutingResourceWithRawResponse",
    "AsyncManagementTenantRoutingResource",
    "AsyncManagementTenantRoutingResourceWithRawResponse",
    "ManagementTenantsResource",
    "ManagementTenantsResourceWithRawResponse",
    "AsyncManagementTenantsResource",
    "AsyncManagementTenantsResourceWithRawResponse",
    "McpResource",
    "McpResourceWithRawResponse",
    "AsyncMcpResource",
    "AsyncMcpResourceWithRawResponse",
    "MemoriesResource",
    "MemoriesResourceWithRawResponse",
    "AsyncMemoriesResource",
    "AsyncMemoriesResourceWithRawResponse",
    "SessionsResource",
    "SessionsResourceWithRawResponse",
    "AsyncSessionsResource",
    "AsyncSessionsResourceWithRawResponse",
    "SkillsResource",
    "SkillsResourceWithRawResponse",
    "AsyncSkillsResource",
    "AsyncSkillsResourceWithRawResponse",
]

# The operation modules, each imported by the first call of one of its methods.
_context_context_get = LazyModule(".api.context.context_get", __package__)
_embeddings_embeddings_models = LazyModule(".api.embeddings.embeddings_models", __package__)
_graph_graph_status_get = LazyModule(".api.graph.graph_status_get", __package__)
_graph_graph_status = LazyModule(".api.graph.graph_status", __package__)
_graph_graph_trace = LazyModule(".api.graph.graph_trace", __package__)
_graph_graph_rollout_get = LazyModule(".api.graph.graph_rollout_get", __package__)
_graph_graph_rollout_set = LazyModule(".api.graph.graph_rollout_set", __package__)
_graph_graph_rollout_patch = LazyModule(".api.graph.graph_rollout_patch", __package__)
_health_health = LazyModule(".api.health.health", __package__)
_management_management_keys_get = LazyModule(".api.management.management_keys_get", __package__)
_management_management_keys_create = LazyModule(".api.management.management_keys_create", __package__)
_management_management_keys_revoke = LazyModule(".api.management.management_keys_revoke", __package__)
_management_management_embeddings_usage = LazyModule(
    ".api.management.management_embeddings_usage", __package__
)
_management_management_embeddings_backfill_status = LazyModule(
    ".api.management.management_embeddings_backfill_status", __package__
)
_management_management_embeddings_backfill = LazyModule(
    ".api.management.management_embeddings_backfill", __package__
)
_management_management_embeddings_observability = LazyModule(
    ".api.management.management_embeddings_observability", __package__
)
_management_management_memory_observability = LazyModule(
    ".api.management.management_memory_observability", __package__
)
_management_management_memory_eval_replay = LazyModule(
    ".api.management.management_memory_eval_replay", __package__
)
_management_management_tenant_overrides_list = LazyModule(
    ".api.management.management_tenant_overrides_list", __package__
)
_management_management_tenant_overrides_upsert = LazyModule(
    ".api.management.management_tenant_overrides_upsert", __package__
)
_management_management_tenant_overrides_disable = LazyModule(
    ".api.management.management_tenant_overrides_disable", __package__
)
_management_management_tenant_routing_effective = LazyModule(
    ".api.management.management_tenant_routing_effective", __package__
)
_mcp_mcp_server_info = LazyModule(".api.mcp.mcp_server_info", __package__)
_mcp_mcp_rpc = LazyModule(".api.mcp.mcp_rpc", __package__)
_memories_memories_add = LazyModule(".api.memories.memories_add", __package__)
_memories_memories_search = LazyModule(".api.memories.memories_search", __package__)
_memories_memories_list = LazyModule(".api.memories.memories_list", __package__)
_memories_memories_edit = LazyModule(".api.memories.memories_edit", __package__)
_memories_memories_forget = LazyModule(".api.memories.memories_forget", __package__)
_memories_memories_bulk_forget = LazyModule(".api.memories.memories_bulk_forget", __package__)
_memories_memories_vacuum = LazyModule(".api.memories.memories_vacuum", __package__)
_memories_memories_consolidate = LazyModule(".api.memories.memories_consolidate", __package__)
_sessions_sessions_start = LazyModule(".api.sessions.sessions_start", __package__)
_sessions_sessions_checkpoint = LazyModule(".api.sessions.sessions_checkpoint", __package__)
_sessions_sessions_end = LazyModule(".api.sessions.sessions_end", __package__)
_sessions_sessions_snapshot = LazyModule(".api.sessions.sessions_snapshot", __package__)
_skills_skills_upsert_file = LazyModule(".api.skills.skills_upsert_file", __package__)
_skills_skills_list_files = LazyModule(".api.skills.skills_list_files", __package__)
_skills_skills_delete_file = LazyModule(".api.skills.skills_delete_file", __package__)
_skills_skills_promote_file = LazyModule(".api.skills.skills_promote_file", __package__)


class SkillsResource(SyncResource):
    """The ``skills`` operations."""

    def upsert_file(self, *, path: str, content: str, procedure_key: str | NotGiven = NOT_GIVEN,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillsUpsertFileData:  # fmt: skip
        """Create or update a skill file

        Create or update a scoped skill file. The identity key is (`path`, scope = `project` iff
        `scope.projectId` is given, `projectId`, **exact** `scope.userId`). An existing row, even a
        soft-deleted one, is updated and undeleted and keeps its id. Answers **201 when created, 200
        when updated** (both carry the same envelope; `data.created` tells them apart).

        ``POST /api/sdk/v1/skills/files/upsert``

        Args:
            path: File path, e.g. `.agents/skills/review/SKILL.md`. Trimmed; 1..400 characters after
                trimming.
            content: File content. Trimmed; 1..120000 characters after trimming (stored trimmed).
            procedure_key: **[H] only** (stripped by [S] servers): procedure key used for ranking.
                1..120 characters.
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _skills_skills_upsert_file.BINDING, locals())

    def list_files(self, *, limit: int | NotGiven = NOT_GIVEN, query: str | NotGiven = NOT_GIVEN,
        procedure_key: str | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillsListFilesData:  # fmt: skip
        """List skill files

        List scoped skill files: global files plus those of `scope.projectId`, shared (`user_id IS
        NULL`) plus those of `scope.userId`. Project files come first, then `updated_at DESC`.

        ``POST /api/sdk/v1/skills/files/list``

        Args:
            limit: Maximum number of files (1..500).
            query: **[H] only** (stripped by [S] servers): rank files for this query. At most 500
                characters.
            procedure_key: **[H] only** (stripped by [S] servers): filter/rank by procedure key. At
                most 120 characters.
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _skills_skills_list_files.BINDING, locals())

    def delete_file(self, path: str, *, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillsDeleteFileData:  # fmt: skip
        """Delete (soft-delete) a skill file

        Soft-delete a skill file. The scope must match exactly, as for upsert (same `path`, project
        vs. global, same `projectId`, exact `userId`); otherwise `404 SKILL_FILE_NOT_FOUND`.

        ``POST /api/sdk/v1/skills/files/delete``

        Args:
            path: File path. Trimmed; 1..400 characters after trimming.
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _skills_skills_delete_file.BINDING, locals())

    def promote_from_session(self, session_id: str, *, path: str, snapshot_id: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN, procedure_key: str | NotGiven = NOT_GIVEN,
        max_steps: int | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillsPromoteFileData:  # fmt: skip
        """Promote a session snapshot to a skill file

        **[H] only.** Turn a session snapshot (the latest one, or `snapshotId`) into a procedural
        skill file at `path` (at most `maxSteps` steps, default 8, clamped to 3..20), created or
        updated with the same identity rules as `skills/files/upsert`. Answers **201 when created,
        200 when updated**. Feature flag `MEMORY_PROCEDURAL_ENABLED`: when off, `403
        MEMORY_PROCEDURAL_DISABLED`. No session snapshot: `404 SESSION_SNAPSHOT_NOT_FOUND`.

        ``POST /api/sdk/v1/skills/files/promote``

        Args:
            session_id: The session to promote. Trimmed; 1..120.
            path: Target skill file path. Trimmed; 1..400.
            snapshot_id: A specific snapshot of the session (default the latest). Trimmed; 1..120.
            title: Procedure title (default `Procedure from <snapshot slug>`). Trimmed; 1..200.
            procedure_key: Procedure key of the file (default the snapshot slug). Trimmed; 1..120.
            max_steps: Maximum number of procedure steps (default 8).
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _skills_skills_promote_file.BINDING, locals())


class SkillsResourceWithRawResponse(SyncResource):
    """The ``skills`` operations, returning the raw response (``.parse()`` gives the typed result)."""

    def upsert_file(self, *, path: str, content: str, procedure_key: str | NotGiven = NOT_GIVEN,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillsUpsertFileData]:  # fmt: skip
        """``skills.upsert_file``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, SkillsResource.upsert_file, locals())

    def list_files(self, *, limit: int | NotGiven = NOT_GIVEN, query: str | NotGiven = NOT_GIVEN,
        procedure_key: str | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillsListFilesData]:  # fmt: skip
        """``skills.list_files``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, SkillsResource.list_files, locals())

    def delete_file(self, path: str, *, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillsDeleteFileData]:  # fmt: skip
        """``skills.delete_file``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, SkillsResource.delete_file, locals())

    def promote_from_session(self, session_id: str, *, path: str, snapshot_id: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN, procedure_key: str | NotGiven = NOT_GIVEN,
        max_steps: int | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillsPromoteFileData]:  # fmt: skip
        """``skills.promote_from_session``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, SkillsResource.promote_from_session, locals())


class AsyncSkillsResource(AsyncResource):
    """The ``skills`` operations (async)."""

    async def upsert_file(self, *, path: str, content: str, procedure_key: str | NotGiven = NOT_GIVEN,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillsUpsertFileData:  # fmt: skip
        """Create or update a skill file

        Create or update a scoped skill file. The identity key is (`path`, scope = `project` iff
        `scope.projectId` is given, `projectId`, **exact** `scope.userId`). An existing row, even a
        soft-deleted one, is updated and undeleted and keeps its id. Answers **201 when created, 200
        when updated** (both carry the same envelope; `data.created` tells them apart).

        ``POST /api/sdk/v1/skills/files/upsert``

        Args:
            path: File path, e.g. `.agents/skills/review/SKILL.md`. Trimmed; 1..400 characters after
                trimming.
            content: File content. Trimmed; 1..120000 characters after trimming (stored trimmed).
            procedure_key: **[H] only** (stripped by [S] servers): procedure key used for ranking.
                1..120 characters.
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _skills_skills_upsert_file.BINDING, locals())

    async def list_files(self, *, limit: int | NotGiven = NOT_GIVEN, query: str | NotGiven = NOT_GIVEN,
        procedure_key: str | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillsListFilesData:  # fmt: skip
        """List skill files

        List scoped skill files: global files plus those of `scope.projectId`, shared (`user_id IS
        NULL`) plus those of `scope.userId`. Project files come first, then `updated_at DESC`.

        ``POST /api/sdk/v1/skills/files/list``

        Args:
            limit: Maximum number of files (1..500).
            query: **[H] only** (stripped by [S] servers): rank files for this query. At most 500
                characters.
            procedure_key: **[H] only** (stripped by [S] servers): filter/rank by procedure key. At
                most 120 characters.
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _skills_skills_list_files.BINDING, locals())

    async def delete_file(self, path: str, *, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillsDeleteFileData:  # fmt: skip
        """Delete (soft-delete) a skill file

        Soft-delete a skill file. The scope must match exactly, as for upsert (same `path`, project
        vs. global, same `projectId`, exact `userId`); otherwise `404 SKILL_FILE_NOT_FOUND`.

        ``POST /api/sdk/v1/skills/files/delete``

        Args:
            path: File path. Trimmed; 1..400 characters after trimming.
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _skills_skills_delete_file.BINDING, locals())

    async def promote_from_session(self, session_id: str, *, path: str,
        snapshot_id: str | NotGiven = NOT_GIVEN, title: str | NotGiven = NOT_GIVEN,
        procedure_key: str | NotGiven = NOT_GIVEN, max_steps: int | NotGiven = NOT_GIVEN,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillsPromoteFileData:  # fmt: skip
        """Promote a session snapshot to a skill file

        **[H] only.** Turn a session snapshot (the latest one, or `snapshotId`) into a procedural
        skill file at `path` (at most `maxSteps` steps, default 8, clamped to 3..20), created or
        updated with the same identity rules as `skills/files/upsert`. Answers **201 when created,
        200 when updated**. Feature flag `MEMORY_PROCEDURAL_ENABLED`: when off, `403
        MEMORY_PROCEDURAL_DISABLED`. No session snapshot: `404 SESSION_SNAPSHOT_NOT_FOUND`.

        ``POST /api/sdk/v1/skills/files/promote``

        Args:
            session_id: The session to promote. Trimmed; 1..120.
            path: Target skill file path. Trimmed; 1..400.
            snapshot_id: A specific snapshot of the session (default the latest). Trimmed; 1..120.
            title: Procedure title (default `Procedure from <snapshot slug>`). Trimmed; 1..200.
            procedure_key: Procedure key of the file (default the snapshot slug). Trimmed; 1..120.
            max_steps: Maximum number of procedure steps (default 8).
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _skills_skills_promote_file.BINDING, locals())


class AsyncSkillsResourceWithRawResponse(AsyncResource):
    """The ``skills`` operations, returning the raw response (``.parse()`` gives the typed result) (async)."""

    async def upsert_file(self, *, path: str, content: str, procedure_key: str | NotGiven = NOT_GIVEN,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillsUpsertFileData]:  # fmt: skip
        """``skills.upsert_file``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncSkillsResource.upsert_file, locals())

    async def list_files(self, *, limit: int | NotGiven = NOT_GIVEN, query: str | NotGiven = NOT_GIVEN,
        procedure_key: str | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillsListFilesData]:  # fmt: skip
        """``skills.list_files``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncSkillsResource.list_files, locals())

    async def delete_file(self, path: str, *, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillsDeleteFileData]:  # fmt: skip
        """``skills.delete_file``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncSkillsResource.delete_file, locals())

    async def promote_from_session(self, session_id: str, *, path: str,
        snapshot_id: str | NotGiven = NOT_GIVEN, title: str | NotGiven = NOT_GIVEN,
        procedure_key: str | NotGiven = NOT_GIVEN, max_steps: int | NotGiven = NOT_GIVEN,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillsPromoteFileData]:  # fmt: skip
        """``skills.promote_from_session``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncSkillsResource.promote_from_session, locals())


class SessionsResource(SyncResource):
    """The ``sessions`` operations.

    Parameters several methods share, described once:

        tenant_id: AI SDK Project selector (the security/database boundary), as `scope.tenantId` in
            body requests. Trimmed; 1..120 characters after trimming (an empty value answers `400
            INVALID_REQUEST`). Omit it to use the API key owner's active workspace database.
    """

    def start(self, *, title: str | NotGiven = NOT_GIVEN, client: str | NotGiven = NOT_GIVEN,
        metadata: SessionsStartRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SessionsStartData:  # fmt: skip
        """Start a session

        **[H] only.** Start an `active` lifecycle session in the scope (`scope: project` iff
        `scope.projectId`). Answers **201**. Feature flag `MEMORY_SESSION_ENABLED`: when off, `403
        MEMORY_SESSION_DISABLED` (checked after authentication, before the body).

        ``POST /api/sdk/v1/sessions/start``

        Args:
            title: Session title. Trimmed; 1..240.
            client: Client name, e.g. `codex`. Trimmed; 1..120.
            metadata: Free-form metadata.
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _sessions_sessions_start.BINDING, locals())

    def checkpoint(self, session_id: str, *, content: str,
        role: SessionEventRole | Literal["user", "assistant", "tool"] | NotGiven = NOT_GIVEN,
        kind: SessionEventKind | Literal["message", "checkpoint", "summary", "event"] | NotGiven = NOT_GIVEN,
        token_count: int | NotGiven = NOT_GIVEN, turn_index: int | NotGiven = NOT_GIVEN,
        is_meaningful: bool | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SessionsCheckpointData:  # fmt: skip
        """Checkpoint a session

        **[H] only.** Append an event (default role `assistant`, kind `checkpoint`) to an `active`
        session of the scope and bump its `lastActivityAt`. An unknown session (or one of another
        user/project) answers `404 SESSION_NOT_FOUND`; a closed or compacted one `409
        SESSION_NOT_ACTIVE`. Feature flag `MEMORY_SESSION_ENABLED`.

        ``POST /api/sdk/v1/sessions/checkpoint``

        Args:
            session_id: The session. Trimmed; 1..120.
            content: Event content. Trimmed; 1..16000.
            role: Who produced a session event.
            kind: Kind of a session event.
            token_count: Token count of the event.
            turn_index: Turn index of the event.
            is_meaningful: Whether the event is meaningful for compaction (default true).
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _sessions_sessions_checkpoint.BINDING, locals())

    def end(self, session_id: str, *,
        status: SessionsEndRequestStatus | Literal["closed", "compacted"] | NotGiven = NOT_GIVEN,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SessionsEndData:  # fmt: skip
        """End a session

        **[H] only.** End an `active` session as `closed` (default) or `compacted`. Unknown: `404
        SESSION_NOT_FOUND`; already ended: `409 SESSION_NOT_ACTIVE`. Feature flag
        `MEMORY_SESSION_ENABLED`.

        ``POST /api/sdk/v1/sessions/end``

        Args:
            session_id: The session. Trimmed; 1..120.
            status: Final status.
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _sessions_sessions_end.BINDING, locals())

    def get_snapshot(self, session_id: str, *, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SessionsSnapshotData:  # fmt: skip
        """Get the latest snapshot of a session

        **[H] only.** The newest snapshot (transcript) recorded for the session, in the scope given
        as query parameters. A blank `sessionId` answers `400 INVALID_REQUEST` before
        authentication. Unknown session: `404 SESSION_NOT_FOUND`; no snapshot yet: `404
        SESSION_SNAPSHOT_NOT_FOUND`. Feature flag `MEMORY_SESSION_ENABLED`. `meta.endpoint` is the
        template `/api/sdk/v1/sessions/{id}/snapshot`.

        ``GET /api/sdk/v1/sessions/{session_id}/snapshot``

        Args:
            session_id: The session id (from `sessions.start`).
            tenant_id: AI SDK Project selector (the security/database boundary), as `scope.tenantId`
                in body requests. Described in full in the class docstring.
            user_id: End-user scope inside the tenant database, as `scope.userId` in body requests.
                Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter, as `scope.projectId` in body requests. Trimmed;
                1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _sessions_sessions_snapshot.BINDING, locals())


class SessionsResourceWithRawResponse(SyncResource):
    """The ``sessions`` operations, returning the raw response (``.parse()`` gives the typed result)."""

    def start(self, *, title: str | NotGiven = NOT_GIVEN, client: str | NotGiven = NOT_GIVEN,
        metadata: SessionsStartRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SessionsStartData]:  # fmt: skip
        """``sessions.start``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, SessionsResource.start, locals())

    def checkpoint(self, session_id: str, *, content: str,
        role: SessionEventRole | Literal["user", "assistant", "tool"] | NotGiven = NOT_GIVEN,
        kind: SessionEventKind | Literal["message", "checkpoint", "summary", "event"] | NotGiven = NOT_GIVEN,
        token_count: int | NotGiven = NOT_GIVEN, turn_index: int | NotGiven = NOT_GIVEN,
        is_meaningful: bool | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SessionsCheckpointData]:  # fmt: skip
        """``sessions.checkpoint``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, SessionsResource.checkpoint, locals())

    def end(self, session_id: str, *,
        status: SessionsEndRequestStatus | Literal["closed", "compacted"] | NotGiven = NOT_GIVEN,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SessionsEndData]:  # fmt: skip
        """``sessions.end``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, SessionsResource.end, locals())

    def get_snapshot(self, session_id: str, *, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SessionsSnapshotData]:  # fmt: skip
        """``sessions.get_snapshot``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, SessionsResource.get_snapshot, locals())


class AsyncSessionsResource(AsyncResource):
    """The ``sessions`` operations (async).

    Parameters several methods share, described once:

        tenant_id: AI SDK Project selector (the security/database boundary), as `scope.tenantId` in
            body requests. Trimmed; 1..120 characters after trimming (an empty value answers `400
            INVALID_REQUEST`). Omit it to use the API key owner's active workspace database.
    """

    async def start(self, *, title: str | NotGiven = NOT_GIVEN, client: str | NotGiven = NOT_GIVEN,
        metadata: SessionsStartRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SessionsStartData:  # fmt: skip
        """Start a session

        **[H] only.** Start an `active` lifecycle session in the scope (`scope: project` iff
        `scope.projectId`). Answers **201**. Feature flag `MEMORY_SESSION_ENABLED`: when off, `403
        MEMORY_SESSION_DISABLED` (checked after authentication, before the body).

        ``POST /api/sdk/v1/sessions/start``

        Args:
            title: Session title. Trimmed; 1..240.
            client: Client name, e.g. `codex`. Trimmed; 1..120.
            metadata: Free-form metadata.
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _sessions_sessions_start.BINDING, locals())

    async def checkpoint(self, session_id: str, *, content: str,
        role: SessionEventRole | Literal["user", "assistant", "tool"] | NotGiven = NOT_GIVEN,
        kind: SessionEventKind | Literal["message", "checkpoint", "summary", "event"] | NotGiven = NOT_GIVEN,
        token_count: int | NotGiven = NOT_GIVEN, turn_index: int | NotGiven = NOT_GIVEN,
        is_meaningful: bool | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SessionsCheckpointData:  # fmt: skip
        """Checkpoint a session

        **[H] only.** Append an event (default role `assistant`, kind `checkpoint`) to an `active`
        session of the scope and bump its `lastActivityAt`. An unknown session (or one of another
        user/project) answers `404 SESSION_NOT_FOUND`; a closed or compacted one `409
        SESSION_NOT_ACTIVE`. Feature flag `MEMORY_SESSION_ENABLED`.

        ``POST /api/sdk/v1/sessions/checkpoint``

        Args:
            session_id: The session. Trimmed; 1..120.
            content: Event content. Trimmed; 1..16000.
            role: Who produced a session event.
            kind: Kind of a session event.
            token_count: Token count of the event.
            turn_index: Turn index of the event.
            is_meaningful: Whether the event is meaningful for compaction (default true).
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _sessions_sessions_checkpoint.BINDING, locals())

    async def end(self, session_id: str, *,
        status: SessionsEndRequestStatus | Literal["closed", "compacted"] | NotGiven = NOT_GIVEN,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SessionsEndData:  # fmt: skip
        """End a session

        **[H] only.** End an `active` session as `closed` (default) or `compacted`. Unknown: `404
        SESSION_NOT_FOUND`; already ended: `409 SESSION_NOT_ACTIVE`. Feature flag
        `MEMORY_SESSION_ENABLED`.

        ``POST /api/sdk/v1/sessions/end``

        Args:
            session_id: The session. Trimmed; 1..120.
            status: Final status.
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _sessions_sessions_end.BINDING, locals())

    async def get_snapshot(self, session_id: str, *, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SessionsSnapshotData:  # fmt: skip
        """Get the latest snapshot of a session

        **[H] only.** The newest snapshot (transcript) recorded for the session, in the scope given
        as query parameters. A blank `sessionId` answers `400 INVALID_REQUEST` before
        authentication. Unknown session: `404 SESSION_NOT_FOUND`; no snapshot yet: `404
        SESSION_SNAPSHOT_NOT_FOUND`. Feature flag `MEMORY_SESSION_ENABLED`. `meta.endpoint` is the
        template `/api/sdk/v1/sessions/{id}/snapshot`.

        ``GET /api/sdk/v1/sessions/{session_id}/snapshot``

        Args:
            session_id: The session id (from `sessions.start`).
            tenant_id: AI SDK Project selector (the security/database boundary), as `scope.tenantId`
                in body requests. Described in full in the class docstring.
            user_id: End-user scope inside the tenant database, as `scope.userId` in body requests.
                Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter, as `scope.projectId` in body requests. Trimmed;
                1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _sessions_sessions_snapshot.BINDING, locals())


class AsyncSessionsResourceWithRawResponse(AsyncResource):
    """The ``sessions`` operations, returning the raw response (``.parse()`` gives the typed result) (async)."""

    async def start(self, *, title: str | NotGiven = NOT_GIVEN, client: str | NotGiven = NOT_GIVEN,
        metadata: SessionsStartRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SessionsStartData]:  # fmt: skip
        """``sessions.start``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncSessionsResource.start, locals())

    async def checkpoint(self, session_id: str, *, content: str,
        role: SessionEventRole | Literal["user", "assistant", "tool"] | NotGiven = NOT_GIVEN,
        kind: SessionEventKind | Literal["message", "checkpoint", "summary", "event"] | NotGiven = NOT_GIVEN,
        token_count: int | NotGiven = NOT_GIVEN, turn_index: int | NotGiven = NOT_GIVEN,
        is_meaningful: bool | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SessionsCheckpointData]:  # fmt: skip
        """``sessions.checkpoint``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncSessionsResource.checkpoint, locals())

    async def end(self, session_id: str, *,
        status: SessionsEndRequestStatus | Literal["closed", "compacted"] | NotGiven = NOT_GIVEN,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SessionsEndData]:  # fmt: skip
        """``sessions.end``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncSessionsResource.end, locals())

    async def get_snapshot(self, session_id: str, *, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SessionsSnapshotData]:  # fmt: skip
        """``sessions.get_snapshot``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncSessionsResource.get_snapshot, locals())


class MemoriesResource(SyncResource):
    """The ``memories`` operations."""

    def add(self, *, content: str,
        type: MemoryType | Literal["rule", "decision", "fact", "note", "skill"] | NotGiven = NOT_GIVEN,
        layer: MemoryLayer | Literal["rule", "working", "long_term"] | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN, paths: Sequence[str] | NotGiven = NOT_GIVEN,
        category: str | NotGiven = NOT_GIVEN,
        metadata: MemoriesAddRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        embedding_model: str | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoriesAddData:  # fmt: skip
        """Add a memory

        Create a memory. `type` and `layer` are independent (e.g. `type: note, layer: working` is
        allowed). A `working` memory gets `expiresAt` = now + the server's working-memory TTL (24 h
        by default); after the write, expired working memories are soft-deleted and only the newest
        200 (default) working memories of that user are kept. Giving `scope.projectId` stores the
        memory with `scope: project`. Answers **201**.

        ``POST /api/sdk/v1/memories/add``

        Args:
            content: The memory text. Trimmed; 1..8000 characters after trimming.
            type: Memory type. Requests accept exactly these five values (default `note` on add). In
                responses the raw stored value is passed through, so rows written by other tools may
                carry other strings; SDK enums are open and keep unknown values.
            layer: Injection layer: `rule` (always-on), `working` (short-lived, expires after the
                server's TTL, 24 h by default) or `long_term`. In responses, a missing or invalid
                stored layer is derived from the type (`rule` → `rule`, otherwise `long_term`).
            tags: Up to 50 tags. Stored comma-joined, so avoid commas inside a tag.
            paths: Up to 100 file glob patterns the memory applies to.
            category: Category. Trimmed; 1..120 characters after trimming.
            metadata: Structured metadata (a JSON object; null is rejected).
            embedding_model: **[H] only** (stripped by [S] servers): embedding model id to use.
                Trimmed; 1..160 characters.
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _memories_memories_add.BINDING, locals())

    def search(self, query: str, *,
        type: MemoryType | Literal["rule", "decision", "fact", "note", "skill"] | NotGiven = NOT_GIVEN,
        layer: MemoryLayer | Literal["rule", "working", "long_term"] | NotGiven = NOT_GIVEN,
        strategy: ContextStrategy | Literal["baseline", "hybrid_graph", "lexical", "semantic", "hybrid"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoriesSearchData:  # fmt: skip
        """Search memories

        Full-text search (SQLite FTS5, bm25 ranking; substring fallback) over global memories plus
        the memories of `scope.projectId`, shared rows plus those of `scope.userId`. An empty (after
        trimming) query is rejected with `400 INVALID_REQUEST` (never `QUERY_REQUIRED` over HTTP).
        `count` is the number of returned memories, not a total.

        ``POST /api/sdk/v1/memories/search``

        Args:
            query: The search query. Trimmed; 1..500 characters after trimming (empty → `400
                INVALID_REQUEST`).
            type: Memory type. Requests accept exactly these five values (default `note` on add). In
                responses the raw stored value is passed through, so rows written by other tools may
                carry other strings; SDK enums are open and keep unknown values.
            layer: Injection layer: `rule` (always-on), `working` (short-lived, expires after the
                server's TTL, 24 h by default) or `long_term`. In responses, a missing or invalid
                stored layer is derived from the type (`rule` → `rule`, otherwise `long_term`).
            strategy: Requested retrieval strategy for `context/get`. **[S]** accepts `baseline`
                (tiered recall) and `hybrid_graph` (adds graph expansion when enabled). `lexical`,
                `semantic` and `hybrid` are **[H] values** (with `baseline` → `lexical` and
                `hybrid_graph` → `hybrid` as aliases); an [S] server rejects them with `400
                INVALID_REQUEST`.
            limit: Maximum number of results (1..50).
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _memories_memories_search.BINDING, locals())

    def list(self, *,
        type: MemoryType | Literal["rule", "decision", "fact", "note", "skill"] | NotGiven = NOT_GIVEN,
        layer: MemoryLayer | Literal["rule", "working", "long_term"] | NotGiven = NOT_GIVEN,
        tags: str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoriesListData:  # fmt: skip
        """List recent memories

        List recent memories (ordered `created_at DESC`) with optional filters. Returns global
        memories plus those of `scope.projectId`, shared rows plus those of `scope.userId`. `count`
        is the number of returned memories, not a total.

        ``POST /api/sdk/v1/memories/list``

        Args:
            type: Memory type. Requests accept exactly these five values (default `note` on add). In
                responses the raw stored value is passed through, so rows written by other tools may
                carry other strings; SDK enums are open and keep unknown values.
            layer: Injection layer: `rule` (always-on), `working` (short-lived, expires after the
                server's TTL, 24 h by default) or `long_term`. In responses, a missing or invalid
                stored layer is derived from the type (`rule` → `rule`, otherwise `long_term`).
            tags: A **single** tag filter (a string, not an array): substring match (`LIKE %tag%`)
                on the comma-joined tags. Trimmed; 1..120 characters after trimming.
            limit: Maximum number of results (1..100).
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _memories_memories_list.BINDING, locals())

    def edit(self, id: str, *, content: str | NotGiven = NOT_GIVEN,
        type: MemoryType | Literal["rule", "decision", "fact", "note", "skill"] | NotGiven = NOT_GIVEN,
        layer: MemoryLayer | Literal["rule", "working", "long_term"] | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN, paths: Sequence[str] | NotGiven = NOT_GIVEN,
        category: str | NotGiven = NOT_GIVEN,
        metadata: MemoriesEditRequestMetadataType0 | None | NotGiven = NOT_GIVEN,
        embedding_model: str | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoriesEditData:  # fmt: skip
        """Edit a memory

        Update an existing memory. At least one editable field besides `id` (`content`, `type`,
        `layer`, `tags`, `paths`, `category` or `metadata`; **[H]** also `embeddingModel`) is
        required, otherwise `400 INVALID_REQUEST`.

        * Setting `type: rule` without `layer` also sets the layer to `rule` and clears `expiresAt`.
        * Setting `layer: working` resets `expiresAt` to now + the working-memory TTL. * The update
        only touches a non-deleted row of exactly `scope.userId` (or a shared row, `user_id IS
        NULL`, when no userId is given); `scope.projectId` is ignored. * **[S]:** there is no
        not-found error; an unknown, deleted or other-user id still answers 200 with `updated:
        true`. **[H]:** answers `404 MEMORY_NOT_FOUND` when no row was updated.

        ``POST /api/sdk/v1/memories/edit``

        Args:
            id: The memory id. Trimmed; 1..64 characters after trimming.
            content: New text. Trimmed; 1..8000 characters after trimming.
            type: Memory type. Requests accept exactly these five values (default `note` on add). In
                responses the raw stored value is passed through, so rows written by other tools may
                carry other strings; SDK enums are open and keep unknown values.
            layer: Injection layer: `rule` (always-on), `working` (short-lived, expires after the
                server's TTL, 24 h by default) or `long_term`. In responses, a missing or invalid
                stored layer is derived from the type (`rule` → `rule`, otherwise `long_term`).
            tags: New tags (replace the old ones); up to 50.
            paths: New glob patterns (replace the old ones); up to 100.
            category: New category. Trimmed; 1..120 characters after trimming.
            metadata: New metadata object, or **null to clear it** (the only request field that
                accepts null).
            embedding_model: **[H] only** (stripped by [S] servers): re-embed with this model.
                Trimmed; 1..160 characters.
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _memories_memories_edit.BINDING, locals())

    def forget(self, id: str, *, tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoriesForgetData:  # fmt: skip
        """Forget (soft-delete) a memory

        Soft-delete a memory (`deleted_at = now`), constrained to exactly `scope.userId` (or to
        shared rows when no userId is given).

        * **[S]:** there is no not-found error; the call always answers 200 with `deleted: true`. *
        **[H]:** the HTTP route only deletes memories in the `working` layer; for `rule` and
        `long_term` memories it is a silent no-op that still answers 200 with `deleted: true`. (The
        MCP tool `forget_memory` is not restricted.)

        ``POST /api/sdk/v1/memories/forget``

        Args:
            id: The memory id. Trimmed; 1..64 characters after trimming.
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _memories_memories_forget.BINDING, locals())

    def bulk_forget(self, filters: BulkForgetFilters | Mapping[str, Any], *,
        dry_run: bool | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoriesBulkForgetData:  # fmt: skip
        """Bulk forget (soft-delete) memories matching filters

        **[H] only.** Soft-delete every memory of exactly `scope.userId` (or shared rows when no
        userId is given) that matches `filters`. Over HTTP only memories of the `working` layer are
        deleted (as `memories/forget`); the MCP tool `bulk_forget_memories` is not restricted.

        * Give at least one of `types`, `tags`, `olderThanDays` or `pattern`, or `all: true` alone;
        `filters.projectId` narrows the match but is not a filter on its own. Any other combination
        answers `400 INVALID_REQUEST`. * `tags` match as substrings of the stored comma-joined tags
        (any tag matches); `pattern` is a contains match where `*` and `?` are wildcards. * With
        `dryRun: true` nothing is deleted: `memories` previews up to 1000 matches (`count` is capped
        at 1000) instead of `ids`.

        ``POST /api/sdk/v1/memories/bulk-forget``

        Args:
            filters: Filters of `POST /api/sdk/v1/memories/bulk-forget`. At least one of `types`,
                `tags`, `olderThanDays`, `pattern`, or `all: true` alone (the server answers `400
                INVALID_REQUEST` otherwise). Never send null.
            dry_run: Only preview the matches (nothing is deleted).
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _memories_memories_bulk_forget.BINDING, locals())

    def vacuum(self, *, tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoriesVacuumData:  # fmt: skip
        """Purge soft-deleted memories

        **[H] only.** Permanently delete the soft-deleted memories of exactly `scope.userId` (or
        shared rows when no userId is given). Over HTTP only `working`-layer rows are purged; the
        MCP tool `vacuum_memories` is not restricted. Irreversible.

        ``POST /api/sdk/v1/memories/vacuum``

        Args:
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _memories_memories_vacuum.BINDING, locals())

    def consolidate(self, *, types: Sequence[MemoryType] | NotGiven = NOT_GIVEN,
        include_global: bool | NotGiven = NOT_GIVEN, global_only: bool | NotGiven = NOT_GIVEN,
        dry_run: bool | NotGiven = NOT_GIVEN, model: str | NotGiven = NOT_GIVEN,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoriesConsolidateData:  # fmt: skip
        """Consolidate duplicate memories

        **[H] only.** Group the active memories of the scope by their upsert key (normalised
        content), keep the newest of each group (`winnerMemoryIds`) and mark the others as
        superseded (`supersededMemoryIds`; a loser whose content differs also counts as a conflict).
        With `dryRun: true` nothing is changed, but the run is still recorded.

        * Types default to `rule`, `decision`, `fact`, `note`. * Without `scope.projectId` (or with
        `globalOnly`) only global memories are considered; with it, the project's memories plus
        global ones unless `includeGlobal: false`. * Feature flag `MEMORY_CONSOLIDATION_ENABLED`:
        when off, `403 MEMORY_CONSOLIDATION_DISABLED`.

        ``POST /api/sdk/v1/memories/consolidate``

        Args:
            types: Memory types to consolidate (default `rule`, `decision`, `fact`, `note`).
            include_global: With `scope.projectId`, also consider global memories.
            global_only: Only consider global memories.
            dry_run: Compute the groups without changing any memory (the run is still recorded).
            model: Model name recorded with the run. Trimmed; 1..160.
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _memories_memories_consolidate.BINDING, locals())


class MemoriesResourceWithRawResponse(SyncResource):
    """The ``memories`` operations, returning the raw response (``.parse()`` gives the typed result)."""

    def add(self, *, content: str,
        type: MemoryType | Literal["rule", "decision", "fact", "note", "skill"] | NotGiven = NOT_GIVEN,
        layer: MemoryLayer | Literal["rule", "working", "long_term"] | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN, paths: Sequence[str] | NotGiven = NOT_GIVEN,
        category: str | NotGiven = NOT_GIVEN,
        metadata: MemoriesAddRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        embedding_model: str | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoriesAddData]:  # fmt: skip
        """``memories.add``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, MemoriesResource.add, locals())

    def search(self, query: str, *,
        type: MemoryType | Literal["rule", "decision", "fact", "note", "skill"] | NotGiven = NOT_GIVEN,
        layer: MemoryLayer | Literal["rule", "working", "long_term"] | NotGiven = NOT_GIVEN,
        strategy: ContextStrategy | Literal["baseline", "hybrid_graph", "lexical", "semantic", "hybrid"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoriesSearchData]:  # fmt: skip
        """``memories.search``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, MemoriesResource.search, locals())

    def list(self, *,
        type: MemoryType | Literal["rule", "decision", "fact", "note", "skill"] | NotGiven = NOT_GIVEN,
        layer: MemoryLayer | Literal["rule", "working", "long_term"] | NotGiven = NOT_GIVEN,
        tags: str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoriesListData]:  # fmt: skip
        """``memories.list``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, MemoriesResource.list, locals())

    def edit(self, id: str, *, content: str | NotGiven = NOT_GIVEN,
        type: MemoryType | Literal["rule", "decision", "fact", "note", "skill"] | NotGiven = NOT_GIVEN,
        layer: MemoryLayer | Literal["rule", "working", "long_term"] | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN, paths: Sequence[str] | NotGiven = NOT_GIVEN,
        category: str | NotGiven = NOT_GIVEN,
        metadata: MemoriesEditRequestMetadataType0 | None | NotGiven = NOT_GIVEN,
        embedding_model: str | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoriesEditData]:  # fmt: skip
        """``memories.edit``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, MemoriesResource.edit, locals())

    def forget(self, id: str, *, tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoriesForgetData]:  # fmt: skip
        """``memories.forget``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, MemoriesResource.forget, locals())

    def bulk_forget(self, filters: BulkForgetFilters | Mapping[str, Any], *,
        dry_run: bool | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoriesBulkForgetData]:  # fmt: skip
        """``memories.bulk_forget``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, MemoriesResource.bulk_forget, locals())

    def vacuum(self, *, tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoriesVacuumData]:  # fmt: skip
        """``memories.vacuum``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, MemoriesResource.vacuum, locals())

    def consolidate(self, *, types: Sequence[MemoryType] | NotGiven = NOT_GIVEN,
        include_global: bool | NotGiven = NOT_GIVEN, global_only: bool | NotGiven = NOT_GIVEN,
        dry_run: bool | NotGiven = NOT_GIVEN, model: str | NotGiven = NOT_GIVEN,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoriesConsolidateData]:  # fmt: skip
        """``memories.consolidate``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, MemoriesResource.consolidate, locals())


class AsyncMemoriesResource(AsyncResource):
    """The ``memories`` operations (async)."""

    async def add(self, *, content: str,
        type: MemoryType | Literal["rule", "decision", "fact", "note", "skill"] | NotGiven = NOT_GIVEN,
        layer: MemoryLayer | Literal["rule", "working", "long_term"] | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN, paths: Sequence[str] | NotGiven = NOT_GIVEN,
        category: str | NotGiven = NOT_GIVEN,
        metadata: MemoriesAddRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        embedding_model: str | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoriesAddData:  # fmt: skip
        """Add a memory

        Create a memory. `type` and `layer` are independent (e.g. `type: note, layer: working` is
        allowed). A `working` memory gets `expiresAt` = now + the server's working-memory TTL (24 h
        by default); after the write, expired working memories are soft-deleted and only the newest
        200 (default) working memories of that user are kept. Giving `scope.projectId` stores the
        memory with `scope: project`. Answers **201**.

        ``POST /api/sdk/v1/memories/add``

        Args:
            content: The memory text. Trimmed; 1..8000 characters after trimming.
            type: Memory type. Requests accept exactly these five values (default `note` on add). In
                responses the raw stored value is passed through, so rows written by other tools may
                carry other strings; SDK enums are open and keep unknown values.
            layer: Injection layer: `rule` (always-on), `working` (short-lived, expires after the
                server's TTL, 24 h by default) or `long_term`. In responses, a missing or invalid
                stored layer is derived from the type (`rule` → `rule`, otherwise `long_term`).
            tags: Up to 50 tags. Stored comma-joined, so avoid commas inside a tag.
            paths: Up to 100 file glob patterns the memory applies to.
            category: Category. Trimmed; 1..120 characters after trimming.
            metadata: Structured metadata (a JSON object; null is rejected).
            embedding_model: **[H] only** (stripped by [S] servers): embedding model id to use.
                Trimmed; 1..160 characters.
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _memories_memories_add.BINDING, locals())

    async def search(self, query: str, *,
        type: MemoryType | Literal["rule", "decision", "fact", "note", "skill"] | NotGiven = NOT_GIVEN,
        layer: MemoryLayer | Literal["rule", "working", "long_term"] | NotGiven = NOT_GIVEN,
        strategy: ContextStrategy | Literal["baseline", "hybrid_graph", "lexical", "semantic", "hybrid"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoriesSearchData:  # fmt: skip
        """Search memories

        Full-text search (SQLite FTS5, bm25 ranking; substring fallback) over global memories plus
        the memories of `scope.projectId`, shared rows plus those of `scope.userId`. An empty (after
        trimming) query is rejected with `400 INVALID_REQUEST` (never `QUERY_REQUIRED` over HTTP).
        `count` is the number of returned memories, not a total.

        ``POST /api/sdk/v1/memories/search``

        Args:
            query: The search query. Trimmed; 1..500 characters after trimming (empty → `400
                INVALID_REQUEST`).
            type: Memory type. Requests accept exactly these five values (default `note` on add). In
                responses the raw stored value is passed through, so rows written by other tools may
                carry other strings; SDK enums are open and keep unknown values.
            layer: Injection layer: `rule` (always-on), `working` (short-lived, expires after the
                server's TTL, 24 h by default) or `long_term`. In responses, a missing or invalid
                stored layer is derived from the type (`rule` → `rule`, otherwise `long_term`).
            strategy: Requested retrieval strategy for `context/get`. **[S]** accepts `baseline`
                (tiered recall) and `hybrid_graph` (adds graph expansion when enabled). `lexical`,
                `semantic` and `hybrid` are **[H] values** (with `baseline` → `lexical` and
                `hybrid_graph` → `hybrid` as aliases); an [S] server rejects them with `400
                INVALID_REQUEST`.
            limit: Maximum number of results (1..50).
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _memories_memories_search.BINDING, locals())

    async def list(self, *,
        type: MemoryType | Literal["rule", "decision", "fact", "note", "skill"] | NotGiven = NOT_GIVEN,
        layer: MemoryLayer | Literal["rule", "working", "long_term"] | NotGiven = NOT_GIVEN,
        tags: str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoriesListData:  # fmt: skip
        """List recent memories

        List recent memories (ordered `created_at DESC`) with optional filters. Returns global
        memories plus those of `scope.projectId`, shared rows plus those of `scope.userId`. `count`
        is the number of returned memories, not a total.

        ``POST /api/sdk/v1/memories/list``

        Args:
            type: Memory type. Requests accept exactly these five values (default `note` on add). In
                responses the raw stored value is passed through, so rows written by other tools may
                carry other strings; SDK enums are open and keep unknown values.
            layer: Injection layer: `rule` (always-on), `working` (short-lived, expires after the
                server's TTL, 24 h by default) or `long_term`. In responses, a missing or invalid
                stored layer is derived from the type (`rule` → `rule`, otherwise `long_term`).
            tags: A **single** tag filter (a string, not an array): substring match (`LIKE %tag%`)
                on the comma-joined tags. Trimmed; 1..120 characters after trimming.
            limit: Maximum number of results (1..100).
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _memories_memories_list.BINDING, locals())

    async def edit(self, id: str, *, content: str | NotGiven = NOT_GIVEN,
        type: MemoryType | Literal["rule", "decision", "fact", "note", "skill"] | NotGiven = NOT_GIVEN,
        layer: MemoryLayer | Literal["rule", "working", "long_term"] | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN, paths: Sequence[str] | NotGiven = NOT_GIVEN,
        category: str | NotGiven = NOT_GIVEN,
        metadata: MemoriesEditRequestMetadataType0 | None | NotGiven = NOT_GIVEN,
        embedding_model: str | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoriesEditData:  # fmt: skip
        """Edit a memory

        Update an existing memory. At least one editable field besides `id` (`content`, `type`,
        `layer`, `tags`, `paths`, `category` or `metadata`; **[H]** also `embeddingModel`) is
        required, otherwise `400 INVALID_REQUEST`.

        * Setting `type: rule` without `layer` also sets the layer to `rule` and clears `expiresAt`.
        * Setting `layer: working` resets `expiresAt` to now + the working-memory TTL. * The update
        only touches a non-deleted row of exactly `scope.userId` (or a shared row, `user_id IS
        NULL`, when no userId is given); `scope.projectId` is ignored. * **[S]:** there is no
        not-found error; an unknown, deleted or other-user id still answers 200 with `updated:
        true`. **[H]:** answers `404 MEMORY_NOT_FOUND` when no row was updated.

        ``POST /api/sdk/v1/memories/edit``

        Args:
            id: The memory id. Trimmed; 1..64 characters after trimming.
            content: New text. Trimmed; 1..8000 characters after trimming.
            type: Memory type. Requests accept exactly these five values (default `note` on add). In
                responses the raw stored value is passed through, so rows written by other tools may
                carry other strings; SDK enums are open and keep unknown values.
            layer: Injection layer: `rule` (always-on), `working` (short-lived, expires after the
                server's TTL, 24 h by default) or `long_term`. In responses, a missing or invalid
                stored layer is derived from the type (`rule` → `rule`, otherwise `long_term`).
            tags: New tags (replace the old ones); up to 50.
            paths: New glob patterns (replace the old ones); up to 100.
            category: New category. Trimmed; 1..120 characters after trimming.
            metadata: New metadata object, or **null to clear it** (the only request field that
                accepts null).
            embedding_model: **[H] only** (stripped by [S] servers): re-embed with this model.
                Trimmed; 1..160 characters.
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _memories_memories_edit.BINDING, locals())

    async def forget(self, id: str, *, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoriesForgetData:  # fmt: skip
        """Forget (soft-delete) a memory

        Soft-delete a memory (`deleted_at = now`), constrained to exactly `scope.userId` (or to
        shared rows when no userId is given).

        * **[S]:** there is no not-found error; the call always answers 200 with `deleted: true`. *
        **[H]:** the HTTP route only deletes memories in the `working` layer; for `rule` and
        `long_term` memories it is a silent no-op that still answers 200 with `deleted: true`. (The
        MCP tool `forget_memory` is not restricted.)

        ``POST /api/sdk/v1/memories/forget``

        Args:
            id: The memory id. Trimmed; 1..64 characters after trimming.
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _memories_memories_forget.BINDING, locals())

    async def bulk_forget(self, filters: BulkForgetFilters | Mapping[str, Any], *,
        dry_run: bool | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoriesBulkForgetData:  # fmt: skip
        """Bulk forget (soft-delete) memories matching filters

        **[H] only.** Soft-delete every memory of exactly `scope.userId` (or shared rows when no
        userId is given) that matches `filters`. Over HTTP only memories of the `working` layer are
        deleted (as `memories/forget`); the MCP tool `bulk_forget_memories` is not restricted.

        * Give at least one of `types`, `tags`, `olderThanDays` or `pattern`, or `all: true` alone;
        `filters.projectId` narrows the match but is not a filter on its own. Any other combination
        answers `400 INVALID_REQUEST`. * `tags` match as substrings of the stored comma-joined tags
        (any tag matches); `pattern` is a contains match where `*` and `?` are wildcards. * With
        `dryRun: true` nothing is deleted: `memories` previews up to 1000 matches (`count` is capped
        at 1000) instead of `ids`.

        ``POST /api/sdk/v1/memories/bulk-forget``

        Args:
            filters: Filters of `POST /api/sdk/v1/memories/bulk-forget`. At least one of `types`,
                `tags`, `olderThanDays`, `pattern`, or `all: true` alone (the server answers `400
                INVALID_REQUEST` otherwise). Never send null.
            dry_run: Only preview the matches (nothing is deleted).
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _memories_memories_bulk_forget.BINDING, locals())

    async def vacuum(self, *, tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoriesVacuumData:  # fmt: skip
        """Purge soft-deleted memories

        **[H] only.** Permanently delete the soft-deleted memories of exactly `scope.userId` (or
        shared rows when no userId is given). Over HTTP only `working`-layer rows are purged; the
        MCP tool `vacuum_memories` is not restricted. Irreversible.

        ``POST /api/sdk/v1/memories/vacuum``

        Args:
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _memories_memories_vacuum.BINDING, locals())

    async def consolidate(self, *, types: Sequence[MemoryType] | NotGiven = NOT_GIVEN,
        include_global: bool | NotGiven = NOT_GIVEN, global_only: bool | NotGiven = NOT_GIVEN,
        dry_run: bool | NotGiven = NOT_GIVEN, model: str | NotGiven = NOT_GIVEN,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoriesConsolidateData:  # fmt: skip
        """Consolidate duplicate memories

        **[H] only.** Group the active memories of the scope by their upsert key (normalised
        content), keep the newest of each group (`winnerMemoryIds`) and mark the others as
        superseded (`supersededMemoryIds`; a loser whose content differs also counts as a conflict).
        With `dryRun: true` nothing is changed, but the run is still recorded.

        * Types default to `rule`, `decision`, `fact`, `note`. * Without `scope.projectId` (or with
        `globalOnly`) only global memories are considered; with it, the project's memories plus
        global ones unless `includeGlobal: false`. * Feature flag `MEMORY_CONSOLIDATION_ENABLED`:
        when off, `403 MEMORY_CONSOLIDATION_DISABLED`.

        ``POST /api/sdk/v1/memories/consolidate``

        Args:
            types: Memory types to consolidate (default `rule`, `decision`, `fact`, `note`).
            include_global: With `scope.projectId`, also consider global memories.
            global_only: Only consider global memories.
            dry_run: Compute the groups without changing any memory (the run is still recorded).
            model: Model name recorded with the run. Trimmed; 1..160.
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _memories_memories_consolidate.BINDING, locals())


class AsyncMemoriesResourceWithRawResponse(AsyncResource):
    """The ``memories`` operations, returning the raw response (``.parse()`` gives the typed result) (async)."""

    async def add(self, *, content: str,
        type: MemoryType | Literal["rule", "decision", "fact", "note", "skill"] | NotGiven = NOT_GIVEN,
        layer: MemoryLayer | Literal["rule", "working", "long_term"] | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN, paths: Sequence[str] | NotGiven = NOT_GIVEN,
        category: str | NotGiven = NOT_GIVEN,
        metadata: MemoriesAddRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        embedding_model: str | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoriesAddData]:  # fmt: skip
        """``memories.add``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMemoriesResource.add, locals())

    async def search(self, query: str, *,
        type: MemoryType | Literal["rule", "decision", "fact", "note", "skill"] | NotGiven = NOT_GIVEN,
        layer: MemoryLayer | Literal["rule", "working", "long_term"] | NotGiven = NOT_GIVEN,
        strategy: ContextStrategy | Literal["baseline", "hybrid_graph", "lexical", "semantic", "hybrid"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoriesSearchData]:  # fmt: skip
        """``memories.search``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMemoriesResource.search, locals())

    async def list(self, *,
        type: MemoryType | Literal["rule", "decision", "fact", "note", "skill"] | NotGiven = NOT_GIVEN,
        layer: MemoryLayer | Literal["rule", "working", "long_term"] | NotGiven = NOT_GIVEN,
        tags: str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoriesListData]:  # fmt: skip
        """``memories.list``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMemoriesResource.list, locals())

    async def edit(self, id: str, *, content: str | NotGiven = NOT_GIVEN,
        type: MemoryType | Literal["rule", "decision", "fact", "note", "skill"] | NotGiven = NOT_GIVEN,
        layer: MemoryLayer | Literal["rule", "working", "long_term"] | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN, paths: Sequence[str] | NotGiven = NOT_GIVEN,
        category: str | NotGiven = NOT_GIVEN,
        metadata: MemoriesEditRequestMetadataType0 | None | NotGiven = NOT_GIVEN,
        embedding_model: str | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoriesEditData]:  # fmt: skip
        """``memories.edit``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMemoriesResource.edit, locals())

    async def forget(self, id: str, *, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoriesForgetData]:  # fmt: skip
        """``memories.forget``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMemoriesResource.forget, locals())

    async def bulk_forget(self, filters: BulkForgetFilters | Mapping[str, Any], *,
        dry_run: bool | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoriesBulkForgetData]:  # fmt: skip
        """``memories.bulk_forget``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMemoriesResource.bulk_forget, locals())

    async def vacuum(self, *, tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoriesVacuumData]:  # fmt: skip
        """``memories.vacuum``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMemoriesResource.vacuum, locals())

    async def consolidate(self, *, types: Sequence[MemoryType] | NotGiven = NOT_GIVEN,
        include_global: bool | NotGiven = NOT_GIVEN, global_only: bool | NotGiven = NOT_GIVEN,
        dry_run: bool | NotGiven = NOT_GIVEN, model: str | NotGiven = NOT_GIVEN,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoriesConsolidateData]:  # fmt: skip
        """``memories.consolidate``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMemoriesResource.consolidate, locals())


class McpResource(SyncResource):
    """The ``mcp`` operations."""

    def server_info(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> McpServerStatus:  # fmt: skip
        """Get the MCP server info (or open the legacy HTTP+SSE stream)

        The MCP endpoint's GET serves two purposes.

        * **Without `Authorization`** (what the SDK method sends): 200 with the plain JSON
        `McpServerStatus` (`{status: "ok", name: "memories.sh MCP Server", version: "0.6.0",
        transport: "sse"}`), not an envelope. A cheap probe that a base URL serves `/api/mcp`. *
        **With `Authorization: Bearer mem_…`**: opens the legacy MCP **HTTP+SSE transport**
        (`Content-Type: text/event-stream`). The first event is `event: endpoint` with `data:
        "/api/mcp?session=<uuid>"` — JSON-encoded, quotes included, as the route encodes every event
        (`formatSSE` applies `JSON.stringify`): an MCP client that takes the data verbatim as the
        URL (the official Python and TypeScript SDKs do) POSTs to a wrong path and gets 404, so
        standard clients use the stateless transport below, which they connect to as Streamable
        HTTP. JSON-RPC messages are then POSTed to that URL (no `Authorization` needed: the
        session's authentication is reused) and each response is also pushed on the stream as
        `event: message`. After 15 minutes without activity the server sends `event: session_closed`
        with `data: {"reason":"idle_timeout"}`. At most 5 open sessions per key and 20 per IP:
        beyond, `429 TOO_MANY_KEY_SESSIONS` / `TOO_MANY_IP_SESSIONS` (`McpAuthErrorBody`,
        `Retry-After: 60`); a bad key answers the pre-dispatch 401 bodies of `POST /api/mcp`.

        The stateless transport (one JSON-RPC message per `POST /api/mcp` with the Bearer key) is
        what the SDK's MCP mode uses.

        ``GET /api/mcp``

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _mcp_mcp_server_info.BINDING, locals())

    def rpc(self, *, session: str | NotGiven = NOT_GIVEN, jsonrpc: Literal['2.0'], method: str,
        id: int | str | NotGiven = NOT_GIVEN,
        params: JsonRpcRequestParams | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> JsonRpcResponse | None:  # fmt: skip
        """Send an MCP JSON-RPC 2.0 message

        Stateless MCP JSON-RPC 2.0 endpoint (one message per request; **batch arrays are not
        supported** and answer -32600). Supported methods:

        | method | result | |---|---| | `initialize` | `McpInitializeResult` (`protocolVersion:
        "2024-11-05"`, `serverInfo: {name: "memories.sh", version: "0.6.0"}`, `capabilities: {tools:
        {}}`) | | `notifications/initialized` | **HTTP 204, no body** | | `tools/list` |
        `McpToolsListResult` (the tools with their JSON Schemas: seven at [S], nine at [H]) | |
        `tools/call` | `McpToolsCallResult`; `params` is `McpToolsCallParams` (`{name, arguments}`),
        the arguments of each tool are `McpGetContextArguments`, `McpGetRulesArguments`,
        `McpAddMemoryArguments`, `McpEditMemoryArguments`, `McpForgetMemoryArguments`,
        `McpSearchMemoriesArguments`, `McpListMemoriesArguments`, and at [H]
        `McpBulkForgetMemoriesArguments`, `McpVacuumMemoriesArguments` (snake_case) | | `ping` |
        `{}` | | anything else | JSON-RPC error -32601 `METHOD_NOT_FOUND` (`method_error`, status
        404) with **HTTP 200** |

        Skill-file and graph operations have no MCP tool. The tool-call result carries the same
        `data` objects as the HTTP routes in `structuredContent` (see `McpStructuredContent`).

        **Three different error shapes** exist on this endpoint: 1. Pre-dispatch authentication and
        database errors (`MISSING_API_KEY`, `INVALID_API_KEY_FORMAT`, `INVALID_API_KEY`,
        `API_KEY_EXPIRED` → 401, `DATABASE_NOT_CONFIGURED` → 400) use `McpAuthErrorBody` `{ok:
        false, data: null, error: "<message>", errorDetail: ApiError, meta}` with HTTP status =
        `errorDetail.status`. Note that `error` is a **string** here. 2. The shared rate limiter
        answers 429 with its raw body `{"error": "Too many requests"}` (`McpRateLimitedBody`) and
        `Retry-After` / `X-RateLimit-*` headers. 3. JSON-RPC errors `{jsonrpc: "2.0", id, error:
        {code, message, data: ApiError}}`: HTTP 400 for -32700 `PARSE_ERROR`, -32600
        `INVALID_REQUEST` and -32602 `INVALID_TOOL_NAME`; HTTP 500 for -32603 `INTERNAL_ERROR`
        outside a tool; and **HTTP 200 for every tool execution error** (see `JsonRpcError` for the
        rpc codes).

        `GET /api/mcp` (server info without a key, or the legacy HTTP+SSE stream with a key) is
        described with `mcp_server_info`; a POST carrying `?session=` belongs to such a stream.

        ``POST /api/mcp``

        Args:
            session: Id of an SSE session opened with `GET /api/mcp` (from its `endpoint` event). A
                request carrying a known session reuses that session's authentication (no
                `Authorization` header is needed) and its response is also pushed on the SSE stream.
                Without it the call is stateless and needs the Bearer key.
            jsonrpc: Always `"2.0"`.
            method: `initialize`, `notifications/initialized`, `tools/list`, `tools/call` or `ping`;
                any other method answers JSON-RPC error -32601 (HTTP 200). An empty method answers
                -32600.
            id: Request id, echoed in the response. Omit it only for notifications
                (`notifications/initialized`).
            params: Method parameters (open). For `tools/call` this is `McpToolsCallParams` (`{name,
                arguments}`); for `initialize` the usual MCP client info (ignored by the server);
                omitted or ignored for the other methods.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _mcp_mcp_rpc.BINDING, locals())


class McpResourceWithRawResponse(SyncResource):
    """The ``mcp`` operations, returning the raw response (``.parse()`` gives the typed result)."""

    def server_info(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[McpServerStatus]:  # fmt: skip
        """``mcp.server_info``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, McpResource.server_info, locals())

    def rpc(self, *, session: str | NotGiven = NOT_GIVEN, jsonrpc: Literal['2.0'], method: str,
        id: int | str | NotGiven = NOT_GIVEN,
        params: JsonRpcRequestParams | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[JsonRpcResponse | None]:  # fmt: skip
        """``mcp.rpc``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, McpResource.rpc, locals())


class AsyncMcpResource(AsyncResource):
    """The ``mcp`` operations (async)."""

    async def server_info(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> McpServerStatus:  # fmt: skip
        """Get the MCP server info (or open the legacy HTTP+SSE stream)

        The MCP endpoint's GET serves two purposes.

        * **Without `Authorization`** (what the SDK method sends): 200 with the plain JSON
        `McpServerStatus` (`{status: "ok", name: "memories.sh MCP Server", version: "0.6.0",
        transport: "sse"}`), not an envelope. A cheap probe that a base URL serves `/api/mcp`. *
        **With `Authorization: Bearer mem_…`**: opens the legacy MCP **HTTP+SSE transport**
        (`Content-Type: text/event-stream`). The first event is `event: endpoint` with `data:
        "/api/mcp?session=<uuid>"` — JSON-encoded, quotes included, as the route encodes every event
        (`formatSSE` applies `JSON.stringify`): an MCP client that takes the data verbatim as the
        URL (the official Python and TypeScript SDKs do) POSTs to a wrong path and gets 404, so
        standard clients use the stateless transport below, which they connect to as Streamable
        HTTP. JSON-RPC messages are then POSTed to that URL (no `Authorization` needed: the
        session's authentication is reused) and each response is also pushed on the stream as
        `event: message`. After 15 minutes without activity the server sends `event: session_closed`
        with `data: {"reason":"idle_timeout"}`. At most 5 open sessions per key and 20 per IP:
        beyond, `429 TOO_MANY_KEY_SESSIONS` / `TOO_MANY_IP_SESSIONS` (`McpAuthErrorBody`,
        `Retry-After: 60`); a bad key answers the pre-dispatch 401 bodies of `POST /api/mcp`.

        The stateless transport (one JSON-RPC message per `POST /api/mcp` with the Bearer key) is
        what the SDK's MCP mode uses.

        ``GET /api/mcp``

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _mcp_mcp_server_info.BINDING, locals())

    async def rpc(self, *, session: str | NotGiven = NOT_GIVEN, jsonrpc: Literal['2.0'], method: str,
        id: int | str | NotGiven = NOT_GIVEN,
        params: JsonRpcRequestParams | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> JsonRpcResponse | None:  # fmt: skip
        """Send an MCP JSON-RPC 2.0 message

        Stateless MCP JSON-RPC 2.0 endpoint (one message per request; **batch arrays are not
        supported** and answer -32600). Supported methods:

        | method | result | |---|---| | `initialize` | `McpInitializeResult` (`protocolVersion:
        "2024-11-05"`, `serverInfo: {name: "memories.sh", version: "0.6.0"}`, `capabilities: {tools:
        {}}`) | | `notifications/initialized` | **HTTP 204, no body** | | `tools/list` |
        `McpToolsListResult` (the tools with their JSON Schemas: seven at [S], nine at [H]) | |
        `tools/call` | `McpToolsCallResult`; `params` is `McpToolsCallParams` (`{name, arguments}`),
        the arguments of each tool are `McpGetContextArguments`, `McpGetRulesArguments`,
        `McpAddMemoryArguments`, `McpEditMemoryArguments`, `McpForgetMemoryArguments`,
        `McpSearchMemoriesArguments`, `McpListMemoriesArguments`, and at [H]
        `McpBulkForgetMemoriesArguments`, `McpVacuumMemoriesArguments` (snake_case) | | `ping` |
        `{}` | | anything else | JSON-RPC error -32601 `METHOD_NOT_FOUND` (`method_error`, status
        404) with **HTTP 200** |

        Skill-file and graph operations have no MCP tool. The tool-call result carries the same
        `data` objects as the HTTP routes in `structuredContent` (see `McpStructuredContent`).

        **Three different error shapes** exist on this endpoint: 1. Pre-dispatch authentication and
        database errors (`MISSING_API_KEY`, `INVALID_API_KEY_FORMAT`, `INVALID_API_KEY`,
        `API_KEY_EXPIRED` → 401, `DATABASE_NOT_CONFIGURED` → 400) use `McpAuthErrorBody` `{ok:
        false, data: null, error: "<message>", errorDetail: ApiError, meta}` with HTTP status =
        `errorDetail.status`. Note that `error` is a **string** here. 2. The shared rate limiter
        answers 429 with its raw body `{"error": "Too many requests"}` (`McpRateLimitedBody`) and
        `Retry-After` / `X-RateLimit-*` headers. 3. JSON-RPC errors `{jsonrpc: "2.0", id, error:
        {code, message, data: ApiError}}`: HTTP 400 for -32700 `PARSE_ERROR`, -32600
        `INVALID_REQUEST` and -32602 `INVALID_TOOL_NAME`; HTTP 500 for -32603 `INTERNAL_ERROR`
        outside a tool; and **HTTP 200 for every tool execution error** (see `JsonRpcError` for the
        rpc codes).

        `GET /api/mcp` (server info without a key, or the legacy HTTP+SSE stream with a key) is
        described with `mcp_server_info`; a POST carrying `?session=` belongs to such a stream.

        ``POST /api/mcp``

        Args:
            session: Id of an SSE session opened with `GET /api/mcp` (from its `endpoint` event). A
                request carrying a known session reuses that session's authentication (no
                `Authorization` header is needed) and its response is also pushed on the SSE stream.
                Without it the call is stateless and needs the Bearer key.
            jsonrpc: Always `"2.0"`.
            method: `initialize`, `notifications/initialized`, `tools/list`, `tools/call` or `ping`;
                any other method answers JSON-RPC error -32601 (HTTP 200). An empty method answers
                -32600.
            id: Request id, echoed in the response. Omit it only for notifications
                (`notifications/initialized`).
            params: Method parameters (open). For `tools/call` this is `McpToolsCallParams` (`{name,
                arguments}`); for `initialize` the usual MCP client info (ignored by the server);
                omitted or ignored for the other methods.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _mcp_mcp_rpc.BINDING, locals())


class AsyncMcpResourceWithRawResponse(AsyncResource):
    """The ``mcp`` operations, returning the raw response (``.parse()`` gives the typed result) (async)."""

    async def server_info(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[McpServerStatus]:  # fmt: skip
        """``mcp.server_info``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMcpResource.server_info, locals())

    async def rpc(self, *, session: str | NotGiven = NOT_GIVEN, jsonrpc: Literal['2.0'], method: str,
        id: int | str | NotGiven = NOT_GIVEN,
        params: JsonRpcRequestParams | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[JsonRpcResponse | None]:  # fmt: skip
        """``mcp.rpc``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMcpResource.rpc, locals())


class ManagementTenantsResource(SyncResource):
    """The ``management.tenants`` operations."""

    def list(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ManagementTenantList:  # fmt: skip
        """Alias of ``management.tenant_overrides.list``."""
        return call(self, _management_management_tenant_overrides_list.BINDING, locals())

    def upsert(self, tenant_id: str, *,
        mode: ManagementTenantUpsertRequestMode | Literal["provision", "attach"] | NotGiven = NOT_GIVEN,
        turso_db_url: str | NotGiven = NOT_GIVEN, turso_db_token: str | NotGiven = NOT_GIVEN,
        turso_db_name: str | NotGiven = NOT_GIVEN,
        metadata: ManagementTenantUpsertRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ManagementTenantUpserted:  # fmt: skip
        """Alias of ``management.tenant_overrides.upsert``."""
        return call(self, _management_management_tenant_overrides_upsert.BINDING, locals())

    def disable(self, tenant_id: str, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ManagementTenantDisabled:  # fmt: skip
        """Alias of ``management.tenant_overrides.disable``."""
        return call(self, _management_management_tenant_overrides_disable.BINDING, locals())


class ManagementTenantsResourceWithRawResponse(SyncResource):
    """The ``management.tenants`` operations, returning the raw response (``.parse()`` gives the typed result)."""

    def list(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ManagementTenantList]:  # fmt: skip
        """``management.tenants.list``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, ManagementTenantsResource.list, locals())

    def upsert(self, tenant_id: str, *,
        mode: ManagementTenantUpsertRequestMode | Literal["provision", "attach"] | NotGiven = NOT_GIVEN,
        turso_db_url: str | NotGiven = NOT_GIVEN, turso_db_token: str | NotGiven = NOT_GIVEN,
        turso_db_name: str | NotGiven = NOT_GIVEN,
        metadata: ManagementTenantUpsertRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ManagementTenantUpserted]:  # fmt: skip
        """``management.tenants.upsert``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, ManagementTenantsResource.upsert, locals())

    def disable(self, tenant_id: str, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ManagementTenantDisabled]:  # fmt: skip
        """``management.tenants.disable``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, ManagementTenantsResource.disable, locals())


class AsyncManagementTenantsResource(AsyncResource):
    """The ``management.tenants`` operations (async)."""

    async def list(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ManagementTenantList:  # fmt: skip
        """Alias of ``management.tenant_overrides.list``."""
        return await call(self, _management_management_tenant_overrides_list.BINDING, locals())

    async def upsert(self, tenant_id: str, *,
        mode: ManagementTenantUpsertRequestMode | Literal["provision", "attach"] | NotGiven = NOT_GIVEN,
        turso_db_url: str | NotGiven = NOT_GIVEN, turso_db_token: str | NotGiven = NOT_GIVEN,
        turso_db_name: str | NotGiven = NOT_GIVEN,
        metadata: ManagementTenantUpsertRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ManagementTenantUpserted:  # fmt: skip
        """Alias of ``management.tenant_overrides.upsert``."""
        return await call(self, _management_management_tenant_overrides_upsert.BINDING, locals())

    async def disable(self, tenant_id: str, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ManagementTenantDisabled:  # fmt: skip
        """Alias of ``management.tenant_overrides.disable``."""
        return await call(self, _management_management_tenant_overrides_disable.BINDING, locals())


class AsyncManagementTenantsResourceWithRawResponse(AsyncResource):
    """The ``management.tenants`` operations, returning the raw response (``.parse()`` gives the typed result) (async)."""

    async def list(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ManagementTenantList]:  # fmt: skip
        """``management.tenants.list``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncManagementTenantsResource.list, locals())

    async def upsert(self, tenant_id: str, *,
        mode: ManagementTenantUpsertRequestMode | Literal["provision", "attach"] | NotGiven = NOT_GIVEN,
        turso_db_url: str | NotGiven = NOT_GIVEN, turso_db_token: str | NotGiven = NOT_GIVEN,
        turso_db_name: str | NotGiven = NOT_GIVEN,
        metadata: ManagementTenantUpsertRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ManagementTenantUpserted]:  # fmt: skip
        """``management.tenants.upsert``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncManagementTenantsResource.upsert, locals())

    async def disable(self, tenant_id: str, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ManagementTenantDisabled]:  # fmt: skip
        """``management.tenants.disable``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncManagementTenantsResource.disable, locals())


class ManagementTenantRoutingResource(SyncResource):
    """The ``management.tenant_routing`` operations.

    Parameters several methods share, described once:

        tenant_id: The tenant id to explain. Trimmed; 1..120 characters after trimming.
    """

    def effective(self, tenant_id: str, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TenantRoutingEffectiveData:  # fmt: skip
        """Explain how a tenant id is routed

        **[H] only.** Debug view of where a request with `scope.tenantId` would go: the mapping (if
        any), the resolved database, the owner scope, and the routing `decision` (`MAPPING_READY`,
        `AUTO_PROVISION_ELIGIBLE`, `AUTO_PROVISION_BLOCKED`, `NO_MAPPING`, `MAPPING_NOT_READY`).
        Missing `tenantId`: `400 INVALID_REQUEST`. A `mem_` key or a dashboard session.

        ``GET /api/sdk/v1/management/tenant-routing/effective``

        Args:
            tenant_id: The tenant id to explain. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _management_management_tenant_routing_effective.BINDING, locals())


class ManagementTenantRoutingResourceWithRawResponse(SyncResource):
    """The ``management.tenant_routing`` operations, returning the raw response (``.parse()`` gives the typed result)."""

    def effective(self, tenant_id: str, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[TenantRoutingEffectiveData]:  # fmt: skip
        """``management.tenant_routing.effective``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, ManagementTenantRoutingResource.effective, locals())


class AsyncManagementTenantRoutingResource(AsyncResource):
    """The ``management.tenant_routing`` operations (async).

    Parameters several methods share, described once:

        tenant_id: The tenant id to explain. Trimmed; 1..120 characters after trimming.
    """

    async def effective(self, tenant_id: str, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TenantRoutingEffectiveData:  # fmt: skip
        """Explain how a tenant id is routed

        **[H] only.** Debug view of where a request with `scope.tenantId` would go: the mapping (if
        any), the resolved database, the owner scope, and the routing `decision` (`MAPPING_READY`,
        `AUTO_PROVISION_ELIGIBLE`, `AUTO_PROVISION_BLOCKED`, `NO_MAPPING`, `MAPPING_NOT_READY`).
        Missing `tenantId`: `400 INVALID_REQUEST`. A `mem_` key or a dashboard session.

        ``GET /api/sdk/v1/management/tenant-routing/effective``

        Args:
            tenant_id: The tenant id to explain. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _management_management_tenant_routing_effective.BINDING, locals())


class AsyncManagementTenantRoutingResourceWithRawResponse(AsyncResource):
    """The ``management.tenant_routing`` operations, returning the raw response (``.parse()`` gives the typed result) (async)."""

    async def effective(self, tenant_id: str, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[TenantRoutingEffectiveData]:  # fmt: skip
        """``management.tenant_routing.effective``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncManagementTenantRoutingResource.effective, locals())


class ManagementTenantOverridesResource(SyncResource):
    """The ``management.tenant_overrides`` operations.

    Parameters several methods share, described once:

        tenant_id: The AI SDK Project (tenant) id whose mapping is disabled. Trimmed; 1..120
            characters after trimming.
    """

    def list(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ManagementTenantList:  # fmt: skip
        """List AI SDK Projects (tenant database mappings)

        **[H] only** (replaces the removed `/api/sdk/v1/management/tenants`). The tenant database
        mappings of the key owner's scope, with how each was created (`source`) and, when the
        billing context is available, the plan's project allowance (`billing`). A `mem_` key or a
        dashboard session; a session user without an active key answers `400 MISSING_API_KEY`.

        ``GET /api/sdk/v1/management/tenant-overrides``

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _management_management_tenant_overrides_list.BINDING, locals())

    def upsert(self, tenant_id: str, *,
        mode: ManagementTenantUpsertRequestMode | Literal["provision", "attach"] | NotGiven = NOT_GIVEN,
        turso_db_url: str | NotGiven = NOT_GIVEN, turso_db_token: str | NotGiven = NOT_GIVEN,
        turso_db_name: str | NotGiven = NOT_GIVEN,
        metadata: ManagementTenantUpsertRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ManagementTenantUpserted:  # fmt: skip
        """Create or update an AI SDK Project (tenant database mapping)

        **[H] only.** `mode: provision` (default) creates a Turso database for `tenantId` (an
        existing ready mapping answers `provisioned: false`; one being provisioned `409
        TENANT_OVERRIDE_PROVISION_IN_PROGRESS`); `mode: attach` attaches an existing database
        (`tursoDbUrl` must start with `libsql://` and `tursoDbToken` is required, else `400
        INVALID_REQUEST` with that message). Answers **200**. Billing limits apply (`403
        BILLING_PAST_DUE` / `GROWTH_PLAN_REQUIRED`, `429 SDK_PROJECT_LIMIT_REACHED`). Rate limit: 5
        requests / 60 s per user. A `mem_` key or a dashboard session.

        ``POST /api/sdk/v1/management/tenant-overrides``

        Args:
            tenant_id: The AI SDK Project (tenant) id. Trimmed; 1..120 characters after trimming.
            mode: `provision` creates a new Turso database; `attach` attaches an existing one.
            turso_db_url: `attach` only (required there): database URL, must start with `libsql://`.
                Trimmed.
            turso_db_token: `attach` only (required there, non-empty): database auth token. Trimmed.
            turso_db_name: Optional database name. Trimmed.
            metadata: Free-form metadata stored with the mapping.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _management_management_tenant_overrides_upsert.BINDING, locals())

    def disable(self, tenant_id: str, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ManagementTenantDisabled:  # fmt: skip
        """Disable an AI SDK Project (tenant database mapping)

        **[H] only.** Set the mapping's status to `disabled`. Unknown tenant: `404
        TENANT_OVERRIDE_NOT_FOUND`; missing or blank `tenantId`: `400 INVALID_REQUEST` ("tenantId is
        required"). A `mem_` key or a dashboard session.

        ``DELETE /api/sdk/v1/management/tenant-overrides``

        Args:
            tenant_id: The AI SDK Project (tenant) id whose mapping is disabled. Described in full
                in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _management_management_tenant_overrides_disable.BINDING, locals())


class ManagementTenantOverridesResourceWithRawResponse(SyncResource):
    """The ``management.tenant_overrides`` operations, returning the raw response (``.parse()`` gives the typed result)."""

    def list(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ManagementTenantList]:  # fmt: skip
        """``management.tenant_overrides.list``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, ManagementTenantOverridesResource.list, locals())

    def upsert(self, tenant_id: str, *,
        mode: ManagementTenantUpsertRequestMode | Literal["provision", "attach"] | NotGiven = NOT_GIVEN,
        turso_db_url: str | NotGiven = NOT_GIVEN, turso_db_token: str | NotGiven = NOT_GIVEN,
        turso_db_name: str | NotGiven = NOT_GIVEN,
        metadata: ManagementTenantUpsertRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ManagementTenantUpserted]:  # fmt: skip
        """``management.tenant_overrides.upsert``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, ManagementTenantOverridesResource.upsert, locals())

    def disable(self, tenant_id: str, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ManagementTenantDisabled]:  # fmt: skip
        """``management.tenant_overrides.disable``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, ManagementTenantOverridesResource.disable, locals())


class AsyncManagementTenantOverridesResource(AsyncResource):
    """The ``management.tenant_overrides`` operations (async).

    Parameters several methods share, described once:

        tenant_id: The AI SDK Project (tenant) id whose mapping is disabled. Trimmed; 1..120
            characters after trimming.
    """

    async def list(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ManagementTenantList:  # fmt: skip
        """List AI SDK Projects (tenant database mappings)

        **[H] only** (replaces the removed `/api/sdk/v1/management/tenants`). The tenant database
        mappings of the key owner's scope, with how each was created (`source`) and, when the
        billing context is available, the plan's project allowance (`billing`). A `mem_` key or a
        dashboard session; a session user without an active key answers `400 MISSING_API_KEY`.

        ``GET /api/sdk/v1/management/tenant-overrides``

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _management_management_tenant_overrides_list.BINDING, locals())

    async def upsert(self, tenant_id: str, *,
        mode: ManagementTenantUpsertRequestMode | Literal["provision", "attach"] | NotGiven = NOT_GIVEN,
        turso_db_url: str | NotGiven = NOT_GIVEN, turso_db_token: str | NotGiven = NOT_GIVEN,
        turso_db_name: str | NotGiven = NOT_GIVEN,
        metadata: ManagementTenantUpsertRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ManagementTenantUpserted:  # fmt: skip
        """Create or update an AI SDK Project (tenant database mapping)

        **[H] only.** `mode: provision` (default) creates a Turso database for `tenantId` (an
        existing ready mapping answers `provisioned: false`; one being provisioned `409
        TENANT_OVERRIDE_PROVISION_IN_PROGRESS`); `mode: attach` attaches an existing database
        (`tursoDbUrl` must start with `libsql://` and `tursoDbToken` is required, else `400
        INVALID_REQUEST` with that message). Answers **200**. Billing limits apply (`403
        BILLING_PAST_DUE` / `GROWTH_PLAN_REQUIRED`, `429 SDK_PROJECT_LIMIT_REACHED`). Rate limit: 5
        requests / 60 s per user. A `mem_` key or a dashboard session.

        ``POST /api/sdk/v1/management/tenant-overrides``

        Args:
            tenant_id: The AI SDK Project (tenant) id. Trimmed; 1..120 characters after trimming.
            mode: `provision` creates a new Turso database; `attach` attaches an existing one.
            turso_db_url: `attach` only (required there): database URL, must start with `libsql://`.
                Trimmed.
            turso_db_token: `attach` only (required there, non-empty): database auth token. Trimmed.
            turso_db_name: Optional database name. Trimmed.
            metadata: Free-form metadata stored with the mapping.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _management_management_tenant_overrides_upsert.BINDING, locals())

    async def disable(self, tenant_id: str, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ManagementTenantDisabled:  # fmt: skip
        """Disable an AI SDK Project (tenant database mapping)

        **[H] only.** Set the mapping's status to `disabled`. Unknown tenant: `404
        TENANT_OVERRIDE_NOT_FOUND`; missing or blank `tenantId`: `400 INVALID_REQUEST` ("tenantId is
        required"). A `mem_` key or a dashboard session.

        ``DELETE /api/sdk/v1/management/tenant-overrides``

        Args:
            tenant_id: The AI SDK Project (tenant) id whose mapping is disabled. Described in full
                in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _management_management_tenant_overrides_disable.BINDING, locals())


class AsyncManagementTenantOverridesResourceWithRawResponse(AsyncResource):
    """The ``management.tenant_overrides`` operations, returning the raw response (``.parse()`` gives the typed result) (async)."""

    async def list(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ManagementTenantList]:  # fmt: skip
        """``management.tenant_overrides.list``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncManagementTenantOverridesResource.list, locals())

    async def upsert(self, tenant_id: str, *,
        mode: ManagementTenantUpsertRequestMode | Literal["provision", "attach"] | NotGiven = NOT_GIVEN,
        turso_db_url: str | NotGiven = NOT_GIVEN, turso_db_token: str | NotGiven = NOT_GIVEN,
        turso_db_name: str | NotGiven = NOT_GIVEN,
        metadata: ManagementTenantUpsertRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ManagementTenantUpserted]:  # fmt: skip
        """``management.tenant_overrides.upsert``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncManagementTenantOverridesResource.upsert, locals())

    async def disable(self, tenant_id: str, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ManagementTenantDisabled]:  # fmt: skip
        """``management.tenant_overrides.disable``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncManagementTenantOverridesResource.disable, locals())


class ManagementMemoryResource(SyncResource):
    """The ``management.memory`` operations.

    Parameters several methods share, described once:

        tenant_id: AI SDK Project selector (the security/database boundary), as `scope.tenantId` in
            body requests. Trimmed; 1..120 characters after trimming (an empty value answers `400
            INVALID_REQUEST`). Omit it to use the API key owner's active workspace database.
    """

    def observability(self, *, tenant_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, window_hours: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryObservabilityData:  # fmt: skip
        """Get the memory lifecycle health

        **[H] only.** Lifecycle snapshot over the last `windowHours` (default 24, 1..336):
        created/updated/deleted counts, compaction triggers and checkpoint coverage, consolidation
        runs, contradiction trend, alarms and an overall `health`. Feature flag
        `MEMORY_COMPACTION_ENABLED`: when off, `403 MEMORY_COMPACTION_DISABLED`. A `mem_` key or a
        dashboard session.

        ``GET /api/sdk/v1/management/memory/observability``

        Args:
            tenant_id: AI SDK Project selector (the security/database boundary), as `scope.tenantId`
                in body requests. Described in full in the class docstring.
            project_id: Repository context filter, as `scope.projectId` in body requests. Trimmed;
                1..240 characters after trimming.
            user_id: End-user scope inside the tenant database, as `scope.userId` in body requests.
                Trimmed; 1..120 characters after trimming.
            window_hours: Look-back window in hours (1..336).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _management_management_memory_observability.BINDING, locals())

    def eval_replay(self, scenarios: Sequence[ReplayScenario | Mapping[str, Any]], *,
        tenant_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, now_iso: str | NotGiven = NOT_GIVEN,
        pass_criteria: ReplayPassCriteria | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryEvalReplayData:  # fmt: skip
        """Score replay scenarios (extraction, compaction, trigger)

        **[H] only.** Deterministic scoring of 1..200 scenarios, each with at least one of
        `extraction` (expected vs. observed facts: precision/recall/F1), `compaction` (required
        facts retained in a checkpoint) or `trigger` (expected vs. observed or computed compaction
        trigger), against `passCriteria` (defaults: extractionF1 0.7, compactionRetention 0.85,
        triggerAccuracy 0.9, casePassRatio 0.85). Feature flag `MEMORY_COMPACTION_ENABLED`. A `mem_`
        key or a dashboard session.

        ``POST /api/sdk/v1/management/memory/eval/replay``

        Args:
            scenarios: The scenarios.
            tenant_id: Tenant (routes the database check). Trimmed; 1..120.
            project_id: Project. Trimmed; 1..240.
            user_id: User (echoed). Trimmed; 1..120.
            now_iso: Evaluation time (default now).
            pass_criteria: Pass thresholds (0..1).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _management_management_memory_eval_replay.BINDING, locals())


class ManagementMemoryResourceWithRawResponse(SyncResource):
    """The ``management.memory`` operations, returning the raw response (``.parse()`` gives the typed result)."""

    def observability(self, *, tenant_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, window_hours: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoryObservabilityData]:  # fmt: skip
        """``management.memory.observability``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, ManagementMemoryResource.observability, locals())

    def eval_replay(self, scenarios: Sequence[ReplayScenario | Mapping[str, Any]], *,
        tenant_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, now_iso: str | NotGiven = NOT_GIVEN,
        pass_criteria: ReplayPassCriteria | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoryEvalReplayData]:  # fmt: skip
        """``management.memory.eval_replay``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, ManagementMemoryResource.eval_replay, locals())


class AsyncManagementMemoryResource(AsyncResource):
    """The ``management.memory`` operations (async).

    Parameters several methods share, described once:

        tenant_id: AI SDK Project selector (the security/database boundary), as `scope.tenantId` in
            body requests. Trimmed; 1..120 characters after trimming (an empty value answers `400
            INVALID_REQUEST`). Omit it to use the API key owner's active workspace database.
    """

    async def observability(self, *, tenant_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        window_hours: int | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryObservabilityData:  # fmt: skip
        """Get the memory lifecycle health

        **[H] only.** Lifecycle snapshot over the last `windowHours` (default 24, 1..336):
        created/updated/deleted counts, compaction triggers and checkpoint coverage, consolidation
        runs, contradiction trend, alarms and an overall `health`. Feature flag
        `MEMORY_COMPACTION_ENABLED`: when off, `403 MEMORY_COMPACTION_DISABLED`. A `mem_` key or a
        dashboard session.

        ``GET /api/sdk/v1/management/memory/observability``

        Args:
            tenant_id: AI SDK Project selector (the security/database boundary), as `scope.tenantId`
                in body requests. Described in full in the class docstring.
            project_id: Repository context filter, as `scope.projectId` in body requests. Trimmed;
                1..240 characters after trimming.
            user_id: End-user scope inside the tenant database, as `scope.userId` in body requests.
                Trimmed; 1..120 characters after trimming.
            window_hours: Look-back window in hours (1..336).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _management_management_memory_observability.BINDING, locals())

    async def eval_replay(self, scenarios: Sequence[ReplayScenario | Mapping[str, Any]], *,
        tenant_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, now_iso: str | NotGiven = NOT_GIVEN,
        pass_criteria: ReplayPassCriteria | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryEvalReplayData:  # fmt: skip
        """Score replay scenarios (extraction, compaction, trigger)

        **[H] only.** Deterministic scoring of 1..200 scenarios, each with at least one of
        `extraction` (expected vs. observed facts: precision/recall/F1), `compaction` (required
        facts retained in a checkpoint) or `trigger` (expected vs. observed or computed compaction
        trigger), against `passCriteria` (defaults: extractionF1 0.7, compactionRetention 0.85,
        triggerAccuracy 0.9, casePassRatio 0.85). Feature flag `MEMORY_COMPACTION_ENABLED`. A `mem_`
        key or a dashboard session.

        ``POST /api/sdk/v1/management/memory/eval/replay``

        Args:
            scenarios: The scenarios.
            tenant_id: Tenant (routes the database check). Trimmed; 1..120.
            project_id: Project. Trimmed; 1..240.
            user_id: User (echoed). Trimmed; 1..120.
            now_iso: Evaluation time (default now).
            pass_criteria: Pass thresholds (0..1).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _management_management_memory_eval_replay.BINDING, locals())


class AsyncManagementMemoryResourceWithRawResponse(AsyncResource):
    """The ``management.memory`` operations, returning the raw response (``.parse()`` gives the typed result) (async)."""

    async def observability(self, *, tenant_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        window_hours: int | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoryObservabilityData]:  # fmt: skip
        """``management.memory.observability``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncManagementMemoryResource.observability, locals())

    async def eval_replay(self, scenarios: Sequence[ReplayScenario | Mapping[str, Any]], *,
        tenant_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, now_iso: str | NotGiven = NOT_GIVEN,
        pass_criteria: ReplayPassCriteria | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoryEvalReplayData]:  # fmt: skip
        """``management.memory.eval_replay``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncManagementMemoryResource.eval_replay, locals())


class ManagementKeysResource(SyncResource):
    """The ``management.keys`` operations."""

    def get(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ManagementKeyStatus:  # fmt: skip
        """Get the API key status

        Wrapper over the legacy `GET /api/mcp/key`: the legacy JSON body becomes `data` and its
        status is passed through. Authenticated by the Supabase browser session cookie **only** (a
        `mem_` key or a `cli_` token does not work), so it is effectively dashboard-only. Rate
        limit: 60 requests / 60 s per user. Legacy errors are wrapped with `code:
        LEGACY_MCP_KEY_ERROR` (see `ApiError`).

        ``GET /api/sdk/v1/management/keys``

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _management_management_keys_get.BINDING, locals())

    def create(self, *, expires_at: str, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ManagementKeyCreated:  # fmt: skip
        """Create (rotate) the API key

        Wrapper over the legacy `POST /api/mcp/key`. **[S]:** rotates the account's single key (the
        old key stops working and tenant mappings are re-mapped to the new key); **[H]:** adds
        another key. The plaintext `apiKey` is returned only once. `expiresAt` must be more than 1
        minute and at most 365 days in the future, otherwise `400 LEGACY_MCP_KEY_ERROR`. Session
        cookie only.

        ``POST /api/sdk/v1/management/keys``

        Args:
            expires_at: Expiry of the new key as an ISO date-time string; must be more than 1 minute
                and at most 365 days in the future.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _management_management_keys_create.BINDING, locals())

    def revoke(self, *, key_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ManagementKeyRevoked:  # fmt: skip
        """Revoke the API key

        Wrapper over the legacy `DELETE /api/mcp/key`: revokes the account's key. **[H]:** accepts
        `?keyId=` to revoke a single key (an unknown `keyId` answers `404 LEGACY_MCP_KEY_ERROR`) and
        adds `revokedCount` and `revokedKeyId` to the result. Session cookie only.

        ``DELETE /api/sdk/v1/management/keys``

        Args:
            key_id: **[H] only** (ignored by [S] servers): revoke only the key with this id.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _management_management_keys_revoke.BINDING, locals())


class ManagementKeysResourceWithRawResponse(SyncResource):
    """The ``management.keys`` operations, returning the raw response (``.parse()`` gives the typed result)."""

    def get(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ManagementKeyStatus]:  # fmt: skip
        """``management.keys.get``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, ManagementKeysResource.get, locals())

    def create(self, *, expires_at: str, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ManagementKeyCreated]:  # fmt: skip
        """``management.keys.create``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, ManagementKeysResource.create, locals())

    def revoke(self, *, key_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ManagementKeyRevoked]:  # fmt: skip
        """``management.keys.revoke``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, ManagementKeysResource.revoke, locals())


class AsyncManagementKeysResource(AsyncResource):
    """The ``management.keys`` operations (async)."""

    async def get(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ManagementKeyStatus:  # fmt: skip
        """Get the API key status

        Wrapper over the legacy `GET /api/mcp/key`: the legacy JSON body becomes `data` and its
        status is passed through. Authenticated by the Supabase browser session cookie **only** (a
        `mem_` key or a `cli_` token does not work), so it is effectively dashboard-only. Rate
        limit: 60 requests / 60 s per user. Legacy errors are wrapped with `code:
        LEGACY_MCP_KEY_ERROR` (see `ApiError`).

        ``GET /api/sdk/v1/management/keys``

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _management_management_keys_get.BINDING, locals())

    async def create(self, *, expires_at: str, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ManagementKeyCreated:  # fmt: skip
        """Create (rotate) the API key

        Wrapper over the legacy `POST /api/mcp/key`. **[S]:** rotates the account's single key (the
        old key stops working and tenant mappings are re-mapped to the new key); **[H]:** adds
        another key. The plaintext `apiKey` is returned only once. `expiresAt` must be more than 1
        minute and at most 365 days in the future, otherwise `400 LEGACY_MCP_KEY_ERROR`. Session
        cookie only.

        ``POST /api/sdk/v1/management/keys``

        Args:
            expires_at: Expiry of the new key as an ISO date-time string; must be more than 1 minute
                and at most 365 days in the future.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _management_management_keys_create.BINDING, locals())

    async def revoke(self, *, key_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ManagementKeyRevoked:  # fmt: skip
        """Revoke the API key

        Wrapper over the legacy `DELETE /api/mcp/key`: revokes the account's key. **[H]:** accepts
        `?keyId=` to revoke a single key (an unknown `keyId` answers `404 LEGACY_MCP_KEY_ERROR`) and
        adds `revokedCount` and `revokedKeyId` to the result. Session cookie only.

        ``DELETE /api/sdk/v1/management/keys``

        Args:
            key_id: **[H] only** (ignored by [S] servers): revoke only the key with this id.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _management_management_keys_revoke.BINDING, locals())


class AsyncManagementKeysResourceWithRawResponse(AsyncResource):
    """The ``management.keys`` operations, returning the raw response (``.parse()`` gives the typed result) (async)."""

    async def get(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ManagementKeyStatus]:  # fmt: skip
        """``management.keys.get``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncManagementKeysResource.get, locals())

    async def create(self, *, expires_at: str, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ManagementKeyCreated]:  # fmt: skip
        """``management.keys.create``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncManagementKeysResource.create, locals())

    async def revoke(self, *, key_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ManagementKeyRevoked]:  # fmt: skip
        """``management.keys.revoke``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncManagementKeysResource.revoke, locals())


class ManagementEmbeddingsResource(SyncResource):
    """The ``management.embeddings`` operations.

    Parameters several methods share, described once:

        tenant_id: AI SDK Project selector (the security/database boundary), as `scope.tenantId` in
            body requests. Trimmed; 1..120 characters after trimming (an empty value answers `400
            INVALID_REQUEST`). Omit it to use the API key owner's active workspace database.
    """

    def list(self, *, tenant_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        embedding_model: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EmbeddingModelsData:  # fmt: skip
        """List the embedding models and the selection for a scope

        **[H] only.** The embedding models available to the workspace (from the AI gateway catalog,
        filtered by the workspace allowlist) and which model a write in the given tenant/project
        would use: the requested `embeddingModel` if allowed, else the project override, the
        workspace default, or the system default (`config.source`). A model that is not allowed
        answers `400 EMBEDDING_MODEL_NOT_ALLOWED` / `UNSUPPORTED_EMBEDDING_MODEL`; an unreachable or
        empty catalog `502`. Authenticated by a `mem_` key **or** a dashboard session.

        ``GET /api/sdk/v1/embeddings/models``

        Args:
            tenant_id: AI SDK Project selector (the security/database boundary), as `scope.tenantId`
                in body requests. Described in full in the class docstring.
            project_id: Repository context filter, as `scope.projectId` in body requests. Trimmed;
                1..240 characters after trimming.
            embedding_model: A model id to resolve as if a write requested it. Trimmed; 1..160
                characters.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _embeddings_embeddings_models.BINDING, locals())

    def usage(self, *, usage_month: str | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EmbeddingUsageData:  # fmt: skip
        """Get embedding usage and cost

        **[H] only.** Aggregated embedding usage and cost of the key owner for a month
        (`usageMonth`, default the current month's first day), optionally for one tenant or project:
        a `summary` and a `breakdown` by tenant/project/model/provider (at most `limit` rows). A
        `mem_` key or a dashboard session.

        ``GET /api/sdk/v1/management/embeddings/usage``

        Args:
            usage_month: The month as its first day `YYYY-MM-DD` (default the current month).
            tenant_id: AI SDK Project selector (the security/database boundary), as `scope.tenantId`
                in body requests. Described in full in the class docstring.
            project_id: Repository context filter, as `scope.projectId` in body requests. Trimmed;
                1..240 characters after trimming.
            limit: Maximum number of breakdown rows (1..10000).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _management_management_embeddings_usage.BINDING, locals())

    def backfill_status(self, *, tenant_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        model_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EmbeddingBackfillStatus:  # fmt: skip
        """Get the embedding backfill status

        **[H] only.** Progress of the embedding backfill (re-embedding existing memories with a
        model) of one scope of a database: the tenant's, or the key owner's workspace database. A
        `mem_` key or a dashboard session.

        ``GET /api/sdk/v1/management/embeddings/backfill``

        Args:
            tenant_id: AI SDK Project selector (the security/database boundary), as `scope.tenantId`
                in body requests. Described in full in the class docstring.
            project_id: Repository context filter, as `scope.projectId` in body requests. Trimmed;
                1..240 characters after trimming.
            user_id: End-user scope inside the tenant database, as `scope.userId` in body requests.
                Trimmed; 1..120 characters after trimming.
            model_id: The embedding model id (default the scope's selected model). 1..160
                characters.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _management_management_embeddings_backfill_status.BINDING, locals())

    def backfill(self, *,
        action: EmbeddingBackfillRequestAction | Literal["run", "pause", "resume"] | NotGiven = NOT_GIVEN,
        tenant_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, model_id: str | NotGiven = NOT_GIVEN,
        batch_limit: int | NotGiven = NOT_GIVEN, throttle_ms: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EmbeddingBackfillActionData:  # fmt: skip
        """Run, pause or resume the embedding backfill

        **[H] only.** `action: run` (default) scans up to `batchLimit` memories from the checkpoint
        and enqueues embedding jobs (`batch` tells how many); `pause` / `resume` set the scope's
        backfill state. A `mem_` key or a dashboard session. The body is read leniently: a missing
        or invalid JSON body counts as invalid (`400 INVALID_REQUEST`).

        ``POST /api/sdk/v1/management/embeddings/backfill``

        Args:
            action: Run one batch, or pause / resume the backfill.
            tenant_id: Tenant database (default the workspace database). Trimmed; 1..120.
            project_id: Project. Trimmed; 1..240.
            user_id: User. Trimmed; 1..120.
            model_id: Model (default the scope's selected model). Trimmed; 1..160.
            batch_limit: Memories to scan in this batch.
            throttle_ms: Pause between jobs in milliseconds.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _management_management_embeddings_backfill.BINDING, locals())

    def observability(self, *, tenant_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, model_id: str | NotGiven = NOT_GIVEN,
        usage_month: str | NotGiven = NOT_GIVEN, window_hours: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EmbeddingObservabilityData:  # fmt: skip
        """Get the embedding pipeline health

        **[H] only.** Operational snapshot of the embedding pipeline over the last `windowHours`
        (default 24, 1..168): queue, worker, backfill, retrieval and cost health, the SLO
        thresholds, triggered alarms and an overall `health`. A `mem_` key or a dashboard session.

        ``GET /api/sdk/v1/management/embeddings/observability``

        Args:
            tenant_id: AI SDK Project selector (the security/database boundary), as `scope.tenantId`
                in body requests. Described in full in the class docstring.
            project_id: Repository context filter, as `scope.projectId` in body requests. Trimmed;
                1..240 characters after trimming.
            user_id: End-user scope inside the tenant database, as `scope.userId` in body requests.
                Trimmed; 1..120 characters after trimming.
            model_id: The embedding model id (default the scope's selected model). 1..160
                characters.
            usage_month: The month as its first day `YYYY-MM-DD` (default the current month).
            window_hours: Look-back window in hours (1..168).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _management_management_embeddings_observability.BINDING, locals())


class ManagementEmbeddingsResourceWithRawResponse(SyncResource):
    """The ``management.embeddings`` operations, returning the raw response (``.parse()`` gives the typed result)."""

    def list(self, *, tenant_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        embedding_model: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[EmbeddingModelsData]:  # fmt: skip
        """``management.embeddings.list``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, ManagementEmbeddingsResource.list, locals())

    def usage(self, *, usage_month: str | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[EmbeddingUsageData]:  # fmt: skip
        """``management.embeddings.usage``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, ManagementEmbeddingsResource.usage, locals())

    def backfill_status(self, *, tenant_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        model_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[EmbeddingBackfillStatus]:  # fmt: skip
        """``management.embeddings.backfill_status``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, ManagementEmbeddingsResource.backfill_status, locals())

    def backfill(self, *,
        action: EmbeddingBackfillRequestAction | Literal["run", "pause", "resume"] | NotGiven = NOT_GIVEN,
        tenant_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, model_id: str | NotGiven = NOT_GIVEN,
        batch_limit: int | NotGiven = NOT_GIVEN, throttle_ms: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[EmbeddingBackfillActionData]:  # fmt: skip
        """``management.embeddings.backfill``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, ManagementEmbeddingsResource.backfill, locals())

    def observability(self, *, tenant_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, model_id: str | NotGiven = NOT_GIVEN,
        usage_month: str | NotGiven = NOT_GIVEN, window_hours: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[EmbeddingObservabilityData]:  # fmt: skip
        """``management.embeddings.observability``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, ManagementEmbeddingsResource.observability, locals())


class AsyncManagementEmbeddingsResource(AsyncResource):
    """The ``management.embeddings`` operations (async).

    Parameters several methods share, described once:

        tenant_id: AI SDK Project selector (the security/database boundary), as `scope.tenantId` in
            body requests. Trimmed; 1..120 characters after trimming (an empty value answers `400
            INVALID_REQUEST`). Omit it to use the API key owner's active workspace database.
    """

    async def list(self, *, tenant_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        embedding_model: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EmbeddingModelsData:  # fmt: skip
        """List the embedding models and the selection for a scope

        **[H] only.** The embedding models available to the workspace (from the AI gateway catalog,
        filtered by the workspace allowlist) and which model a write in the given tenant/project
        would use: the requested `embeddingModel` if allowed, else the project override, the
        workspace default, or the system default (`config.source`). A model that is not allowed
        answers `400 EMBEDDING_MODEL_NOT_ALLOWED` / `UNSUPPORTED_EMBEDDING_MODEL`; an unreachable or
        empty catalog `502`. Authenticated by a `mem_` key **or** a dashboard session.

        ``GET /api/sdk/v1/embeddings/models``

        Args:
            tenant_id: AI SDK Project selector (the security/database boundary), as `scope.tenantId`
                in body requests. Described in full in the class docstring.
            project_id: Repository context filter, as `scope.projectId` in body requests. Trimmed;
                1..240 characters after trimming.
            embedding_model: A model id to resolve as if a write requested it. Trimmed; 1..160
                characters.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _embeddings_embeddings_models.BINDING, locals())

    async def usage(self, *, usage_month: str | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EmbeddingUsageData:  # fmt: skip
        """Get embedding usage and cost

        **[H] only.** Aggregated embedding usage and cost of the key owner for a month
        (`usageMonth`, default the current month's first day), optionally for one tenant or project:
        a `summary` and a `breakdown` by tenant/project/model/provider (at most `limit` rows). A
        `mem_` key or a dashboard session.

        ``GET /api/sdk/v1/management/embeddings/usage``

        Args:
            usage_month: The month as its first day `YYYY-MM-DD` (default the current month).
            tenant_id: AI SDK Project selector (the security/database boundary), as `scope.tenantId`
                in body requests. Described in full in the class docstring.
            project_id: Repository context filter, as `scope.projectId` in body requests. Trimmed;
                1..240 characters after trimming.
            limit: Maximum number of breakdown rows (1..10000).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _management_management_embeddings_usage.BINDING, locals())

    async def backfill_status(self, *, tenant_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        model_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EmbeddingBackfillStatus:  # fmt: skip
        """Get the embedding backfill status

        **[H] only.** Progress of the embedding backfill (re-embedding existing memories with a
        model) of one scope of a database: the tenant's, or the key owner's workspace database. A
        `mem_` key or a dashboard session.

        ``GET /api/sdk/v1/management/embeddings/backfill``

        Args:
            tenant_id: AI SDK Project selector (the security/database boundary), as `scope.tenantId`
                in body requests. Described in full in the class docstring.
            project_id: Repository context filter, as `scope.projectId` in body requests. Trimmed;
                1..240 characters after trimming.
            user_id: End-user scope inside the tenant database, as `scope.userId` in body requests.
                Trimmed; 1..120 characters after trimming.
            model_id: The embedding model id (default the scope's selected model). 1..160
                characters.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _management_management_embeddings_backfill_status.BINDING, locals())

    async def backfill(self, *,
        action: EmbeddingBackfillRequestAction | Literal["run", "pause", "resume"] | NotGiven = NOT_GIVEN,
        tenant_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, model_id: str | NotGiven = NOT_GIVEN,
        batch_limit: int | NotGiven = NOT_GIVEN, throttle_ms: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EmbeddingBackfillActionData:  # fmt: skip
        """Run, pause or resume the embedding backfill

        **[H] only.** `action: run` (default) scans up to `batchLimit` memories from the checkpoint
        and enqueues embedding jobs (`batch` tells how many); `pause` / `resume` set the scope's
        backfill state. A `mem_` key or a dashboard session. The body is read leniently: a missing
        or invalid JSON body counts as invalid (`400 INVALID_REQUEST`).

        ``POST /api/sdk/v1/management/embeddings/backfill``

        Args:
            action: Run one batch, or pause / resume the backfill.
            tenant_id: Tenant database (default the workspace database). Trimmed; 1..120.
            project_id: Project. Trimmed; 1..240.
            user_id: User. Trimmed; 1..120.
            model_id: Model (default the scope's selected model). Trimmed; 1..160.
            batch_limit: Memories to scan in this batch.
            throttle_ms: Pause between jobs in milliseconds.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _management_management_embeddings_backfill.BINDING, locals())

    async def observability(self, *, tenant_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        model_id: str | NotGiven = NOT_GIVEN, usage_month: str | NotGiven = NOT_GIVEN,
        window_hours: int | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EmbeddingObservabilityData:  # fmt: skip
        """Get the embedding pipeline health

        **[H] only.** Operational snapshot of the embedding pipeline over the last `windowHours`
        (default 24, 1..168): queue, worker, backfill, retrieval and cost health, the SLO
        thresholds, triggered alarms and an overall `health`. A `mem_` key or a dashboard session.

        ``GET /api/sdk/v1/management/embeddings/observability``

        Args:
            tenant_id: AI SDK Project selector (the security/database boundary), as `scope.tenantId`
                in body requests. Described in full in the class docstring.
            project_id: Repository context filter, as `scope.projectId` in body requests. Trimmed;
                1..240 characters after trimming.
            user_id: End-user scope inside the tenant database, as `scope.userId` in body requests.
                Trimmed; 1..120 characters after trimming.
            model_id: The embedding model id (default the scope's selected model). 1..160
                characters.
            usage_month: The month as its first day `YYYY-MM-DD` (default the current month).
            window_hours: Look-back window in hours (1..168).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _management_management_embeddings_observability.BINDING, locals())


class AsyncManagementEmbeddingsResourceWithRawResponse(AsyncResource):
    """The ``management.embeddings`` operations, returning the raw response (``.parse()`` gives the typed result) (async)."""

    async def list(self, *, tenant_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        embedding_model: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[EmbeddingModelsData]:  # fmt: skip
        """``management.embeddings.list``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncManagementEmbeddingsResource.list, locals())

    async def usage(self, *, usage_month: str | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[EmbeddingUsageData]:  # fmt: skip
        """``management.embeddings.usage``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncManagementEmbeddingsResource.usage, locals())

    async def backfill_status(self, *, tenant_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        model_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[EmbeddingBackfillStatus]:  # fmt: skip
        """``management.embeddings.backfill_status``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncManagementEmbeddingsResource.backfill_status, locals())

    async def backfill(self, *,
        action: EmbeddingBackfillRequestAction | Literal["run", "pause", "resume"] | NotGiven = NOT_GIVEN,
        tenant_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, model_id: str | NotGiven = NOT_GIVEN,
        batch_limit: int | NotGiven = NOT_GIVEN, throttle_ms: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[EmbeddingBackfillActionData]:  # fmt: skip
        """``management.embeddings.backfill``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncManagementEmbeddingsResource.backfill, locals())

    async def observability(self, *, tenant_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        model_id: str | NotGiven = NOT_GIVEN, usage_month: str | NotGiven = NOT_GIVEN,
        window_hours: int | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[EmbeddingObservabilityData]:  # fmt: skip
        """``management.embeddings.observability``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncManagementEmbeddingsResource.observability, locals())


class ManagementResource(SyncResource):
    """The ``management`` operations."""

    @cached_property
    def embeddings(self) -> ManagementEmbeddingsResource:
        """The ``management.embeddings`` operations."""
        return ManagementEmbeddingsResource(self._client)

    @cached_property
    def keys(self) -> ManagementKeysResource:
        """The ``management.keys`` operations."""
        return ManagementKeysResource(self._client)

    @cached_property
    def memory(self) -> ManagementMemoryResource:
        """The ``management.memory`` operations."""
        return ManagementMemoryResource(self._client)

    @cached_property
    def tenant_overrides(self) -> ManagementTenantOverridesResource:
        """The ``management.tenant_overrides`` operations."""
        return ManagementTenantOverridesResource(self._client)

    @cached_property
    def tenants(self) -> ManagementTenantsResource:
        """The ``management.tenants`` operations."""
        return ManagementTenantsResource(self._client)

    @cached_property
    def tenant_routing(self) -> ManagementTenantRoutingResource:
        """The ``management.tenant_routing`` operations."""
        return ManagementTenantRoutingResource(self._client)


class ManagementResourceWithRawResponse(SyncResource):
    """The ``management`` operations, returning the raw response (``.parse()`` gives the typed result)."""

    @cached_property
    def embeddings(self) -> ManagementEmbeddingsResourceWithRawResponse:
        """The ``management.embeddings`` operations."""
        return ManagementEmbeddingsResourceWithRawResponse(self._client)

    @cached_property
    def keys(self) -> ManagementKeysResourceWithRawResponse:
        """The ``management.keys`` operations."""
        return ManagementKeysResourceWithRawResponse(self._client)

    @cached_property
    def memory(self) -> ManagementMemoryResourceWithRawResponse:
        """The ``management.memory`` operations."""
        return ManagementMemoryResourceWithRawResponse(self._client)

    @cached_property
    def tenant_overrides(self) -> ManagementTenantOverridesResourceWithRawResponse:
        """The ``management.tenant_overrides`` operations."""
        return ManagementTenantOverridesResourceWithRawResponse(self._client)

    @cached_property
    def tenants(self) -> ManagementTenantsResourceWithRawResponse:
        """The ``management.tenants`` operations."""
        return ManagementTenantsResourceWithRawResponse(self._client)

    @cached_property
    def tenant_routing(self) -> ManagementTenantRoutingResourceWithRawResponse:
        """The ``management.tenant_routing`` operations."""
        return ManagementTenantRoutingResourceWithRawResponse(self._client)


class AsyncManagementResource(AsyncResource):
    """The ``management`` operations (async)."""

    @cached_property
    def embeddings(self) -> AsyncManagementEmbeddingsResource:
        """The ``management.embeddings`` operations."""
        return AsyncManagementEmbeddingsResource(self._client)

    @cached_property
    def keys(self) -> AsyncManagementKeysResource:
        """The ``management.keys`` operations."""
        return AsyncManagementKeysResource(self._client)

    @cached_property
    def memory(self) -> AsyncManagementMemoryResource:
        """The ``management.memory`` operations."""
        return AsyncManagementMemoryResource(self._client)

    @cached_property
    def tenant_overrides(self) -> AsyncManagementTenantOverridesResource:
        """The ``management.tenant_overrides`` operations."""
        return AsyncManagementTenantOverridesResource(self._client)

    @cached_property
    def tenants(self) -> AsyncManagementTenantsResource:
        """The ``management.tenants`` operations."""
        return AsyncManagementTenantsResource(self._client)

    @cached_property
    def tenant_routing(self) -> AsyncManagementTenantRoutingResource:
        """The ``management.tenant_routing`` operations."""
        return AsyncManagementTenantRoutingResource(self._client)


class AsyncManagementResourceWithRawResponse(AsyncResource):
    """The ``management`` operations, returning the raw response (``.parse()`` gives the typed result) (async)."""

    @cached_property
    def embeddings(self) -> AsyncManagementEmbeddingsResourceWithRawResponse:
        """The ``management.embeddings`` operations."""
        return AsyncManagementEmbeddingsResourceWithRawResponse(self._client)

    @cached_property
    def keys(self) -> AsyncManagementKeysResourceWithRawResponse:
        """The ``management.keys`` operations."""
        return AsyncManagementKeysResourceWithRawResponse(self._client)

    @cached_property
    def memory(self) -> AsyncManagementMemoryResourceWithRawResponse:
        """The ``management.memory`` operations."""
        return AsyncManagementMemoryResourceWithRawResponse(self._client)

    @cached_property
    def tenant_overrides(self) -> AsyncManagementTenantOverridesResourceWithRawResponse:
        """The ``management.tenant_overrides`` operations."""
        return AsyncManagementTenantOverridesResourceWithRawResponse(self._client)

    @cached_property
    def tenants(self) -> AsyncManagementTenantsResourceWithRawResponse:
        """The ``management.tenants`` operations."""
        return AsyncManagementTenantsResourceWithRawResponse(self._client)

    @cached_property
    def tenant_routing(self) -> AsyncManagementTenantRoutingResourceWithRawResponse:
        """The ``management.tenant_routing`` operations."""
        return AsyncManagementTenantRoutingResourceWithRawResponse(self._client)


class GraphResource(SyncResource):
    """The ``graph`` operations.

    Parameters several methods share, described once:

        tenant_id: AI SDK Project selector (the security/database boundary), as `scope.tenantId` in
            body requests. Trimmed; 1..120 characters after trimming (an empty value answers `400
            INVALID_REQUEST`). Omit it to use the API key owner's active workspace database.
    """

    def get_status(self, *, top_nodes_limit: int | NotGiven = NOT_GIVEN,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GraphStatusData:  # fmt: skip
        """Get graph status (query form)

        Read graph health, rollout mode and rollout metrics for the scope given as query parameters.
        Same result as `POST /api/sdk/v1/graph/status`. The query is validated after authentication;
        an empty-string parameter or a non-numeric `topNodesLimit` gives `400 INVALID_REQUEST`. Side
        effect: performs an opportunistic graph-mapping sync of up to 250 memories.

        ``GET /api/sdk/v1/graph/status``

        Args:
            top_nodes_limit: How many of the most connected graph nodes to return in
                `topConnectedNodes`, 1..50 (server default 10). Parsed with `parseInt`; a
                non-numeric value answers `400 INVALID_REQUEST`.
            tenant_id: AI SDK Project selector (the security/database boundary), as `scope.tenantId`
                in body requests. Described in full in the class docstring.
            user_id: End-user scope inside the tenant database, as `scope.userId` in body requests.
                Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter, as `scope.projectId` in body requests. Trimmed;
                1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _graph_graph_status_get.BINDING, locals())

    def status(self, *, top_nodes_limit: int | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GraphStatusData:  # fmt: skip
        """Get graph status

        Read graph health (schema tables, node/edge counts), the rollout mode, the shadow metrics
        and quality gate of the last 24 h, alarms, the most connected nodes and recent graph errors
        for the scope in the body. Side effect: performs an opportunistic graph-mapping sync of up
        to 250 memories.

        ``POST /api/sdk/v1/graph/status``

        Args:
            top_nodes_limit: How many of the most connected nodes to return (1..50).
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _graph_graph_status.BINDING, locals())

    def trace(self, *, query: str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        include_rules: bool | NotGiven = NOT_GIVEN,
        mode: ContextMode | Literal["all", "working", "long_term", "rules_only"] | NotGiven = NOT_GIVEN,
        strategy: RetrievalStrategy | Literal["baseline", "hybrid_graph"] | NotGiven = NOT_GIVEN,
        graph_depth: GraphDepth | Literal[0, 1, 2] | NotGiven = NOT_GIVEN,
        graph_limit: int | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GraphTraceData:  # fmt: skip
        """Trace retrieval and graph expansion

        Run the same retrieval as `context/get` (without skill files) and explain it: requested vs.
        applied strategy, the retrieval trace, the rule/working/long-term id tiers and a ranked
        recall list telling baseline hits from graph-expansion hits. Defaults differ from
        `context/get`: `limit` defaults to 10 and `strategy` to `hybrid_graph` (**[H]:** the policy
        default). `includeSkillFiles` is not accepted (it is stripped).

        ``POST /api/sdk/v1/graph/trace``

        Args:
            query: What the task is about. Trimmed; at most 500 characters after trimming.
            limit: Memory budget (1..50).
            include_rules: Whether to return the active rules.
            mode: Which memories fill `memories`: `all` (working + long-term, deduplicated),
                `working`, `long_term` or `rules_only` (empty `memories`).
            strategy: Graph retrieval strategy (legacy names, still used in traces at [H]).
            graph_depth: Graph traversal depth for hybrid retrieval; exactly 0, 1 or 2.
            graph_limit: Maximum number of graph-expanded memories to add (1..50).
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _graph_graph_trace.BINDING, locals())

    def get_rollout(self, *, tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GraphRolloutData:  # fmt: skip
        """Get the graph rollout mode

        Read the current rollout config, the shadow metrics and the quality gate of the last 24 h
        for the scope given as query parameters. Unlike other routes, the query is validated
        **before** authentication (a bad parameter without a key gives 400, not 401). **[H]:** may
        run the rollout autopilot and adds `rolloutPlan` and `retrievalPolicy`. On this route the
        catch-all `500 INTERNAL_ERROR` envelope carries a new `meta.requestId`, not the one of the
        request.

        ``GET /api/sdk/v1/graph/rollout``

        Args:
            tenant_id: AI SDK Project selector (the security/database boundary), as `scope.tenantId`
                in body requests. Described in full in the class docstring.
            user_id: End-user scope inside the tenant database, as `scope.userId` in body requests.
                Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter, as `scope.projectId` in body requests. Trimmed;
                1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _graph_graph_rollout_get.BINDING, locals())

    def set_rollout(self, mode: RolloutMode | Literal["off", "shadow", "canary"], *,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GraphRolloutData:  # fmt: skip
        """Set the graph rollout mode

        Set the rollout mode (`off`, `shadow` or `canary`) for the scope's database. The body is
        validated **before** authentication. Requesting `canary` while the quality gate has a
        blocking reason answers `409 CANARY_ROLLOUT_BLOCKED` with `details: {reasonCodes,
        qualityStatus, windowHours}`. On success the returned `rollout` is the newly written config,
        with `updatedBy` = the key owner's user id. **[H]:** disables the autopilot for this
        evaluation.

        ``POST /api/sdk/v1/graph/rollout``

        Args:
            mode: Graph rollout mode: `off` (baseline only), `shadow` (graph expansion computed for
                metrics but not applied) or `canary` (applied when the quality gate allows).
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _graph_graph_rollout_set.BINDING, locals())

    def patch_rollout(self, mode: RolloutMode | Literal["off", "shadow", "canary"], *,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GraphRolloutData:  # fmt: skip
        """Set the graph rollout mode (PATCH alias)

        Identical to `POST /api/sdk/v1/graph/rollout` (the server's PATCH handler calls the POST
        handler): same body, same validation-before-authentication, same `409
        CANARY_ROLLOUT_BLOCKED` canary gate, same response.

        ``PATCH /api/sdk/v1/graph/rollout``

        Args:
            mode: Graph rollout mode: `off` (baseline only), `shadow` (graph expansion computed for
                metrics but not applied) or `canary` (applied when the quality gate allows).
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _graph_graph_rollout_patch.BINDING, locals())


class GraphResourceWithRawResponse(SyncResource):
    """The ``graph`` operations, returning the raw response (``.parse()`` gives the typed result)."""

    def get_status(self, *, top_nodes_limit: int | NotGiven = NOT_GIVEN,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GraphStatusData]:  # fmt: skip
        """``graph.get_status``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, GraphResource.get_status, locals())

    def status(self, *, top_nodes_limit: int | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GraphStatusData]:  # fmt: skip
        """``graph.status``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, GraphResource.status, locals())

    def trace(self, *, query: str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        include_rules: bool | NotGiven = NOT_GIVEN,
        mode: ContextMode | Literal["all", "working", "long_term", "rules_only"] | NotGiven = NOT_GIVEN,
        strategy: RetrievalStrategy | Literal["baseline", "hybrid_graph"] | NotGiven = NOT_GIVEN,
        graph_depth: GraphDepth | Literal[0, 1, 2] | NotGiven = NOT_GIVEN,
        graph_limit: int | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GraphTraceData]:  # fmt: skip
        """``graph.trace``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, GraphResource.trace, locals())

    def get_rollout(self, *, tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GraphRolloutData]:  # fmt: skip
        """``graph.get_rollout``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, GraphResource.get_rollout, locals())

    def set_rollout(self, mode: RolloutMode | Literal["off", "shadow", "canary"], *,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GraphRolloutData]:  # fmt: skip
        """``graph.set_rollout``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, GraphResource.set_rollout, locals())

    def patch_rollout(self, mode: RolloutMode | Literal["off", "shadow", "canary"], *,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GraphRolloutData]:  # fmt: skip
        """``graph.patch_rollout``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, GraphResource.patch_rollout, locals())


class AsyncGraphResource(AsyncResource):
    """The ``graph`` operations (async).

    Parameters several methods share, described once:

        tenant_id: AI SDK Project selector (the security/database boundary), as `scope.tenantId` in
            body requests. Trimmed; 1..120 characters after trimming (an empty value answers `400
            INVALID_REQUEST`). Omit it to use the API key owner's active workspace database.
    """

    async def get_status(self, *, top_nodes_limit: int | NotGiven = NOT_GIVEN,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GraphStatusData:  # fmt: skip
        """Get graph status (query form)

        Read graph health, rollout mode and rollout metrics for the scope given as query parameters.
        Same result as `POST /api/sdk/v1/graph/status`. The query is validated after authentication;
        an empty-string parameter or a non-numeric `topNodesLimit` gives `400 INVALID_REQUEST`. Side
        effect: performs an opportunistic graph-mapping sync of up to 250 memories.

        ``GET /api/sdk/v1/graph/status``

        Args:
            top_nodes_limit: How many of the most connected graph nodes to return in
                `topConnectedNodes`, 1..50 (server default 10). Parsed with `parseInt`; a
                non-numeric value answers `400 INVALID_REQUEST`.
            tenant_id: AI SDK Project selector (the security/database boundary), as `scope.tenantId`
                in body requests. Described in full in the class docstring.
            user_id: End-user scope inside the tenant database, as `scope.userId` in body requests.
                Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter, as `scope.projectId` in body requests. Trimmed;
                1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _graph_graph_status_get.BINDING, locals())

    async def status(self, *, top_nodes_limit: int | NotGiven = NOT_GIVEN,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GraphStatusData:  # fmt: skip
        """Get graph status

        Read graph health (schema tables, node/edge counts), the rollout mode, the shadow metrics
        and quality gate of the last 24 h, alarms, the most connected nodes and recent graph errors
        for the scope in the body. Side effect: performs an opportunistic graph-mapping sync of up
        to 250 memories.

        ``POST /api/sdk/v1/graph/status``

        Args:
            top_nodes_limit: How many of the most connected nodes to return (1..50).
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _graph_graph_status.BINDING, locals())

    async def trace(self, *, query: str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        include_rules: bool | NotGiven = NOT_GIVEN,
        mode: ContextMode | Literal["all", "working", "long_term", "rules_only"] | NotGiven = NOT_GIVEN,
        strategy: RetrievalStrategy | Literal["baseline", "hybrid_graph"] | NotGiven = NOT_GIVEN,
        graph_depth: GraphDepth | Literal[0, 1, 2] | NotGiven = NOT_GIVEN,
        graph_limit: int | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GraphTraceData:  # fmt: skip
        """Trace retrieval and graph expansion

        Run the same retrieval as `context/get` (without skill files) and explain it: requested vs.
        applied strategy, the retrieval trace, the rule/working/long-term id tiers and a ranked
        recall list telling baseline hits from graph-expansion hits. Defaults differ from
        `context/get`: `limit` defaults to 10 and `strategy` to `hybrid_graph` (**[H]:** the policy
        default). `includeSkillFiles` is not accepted (it is stripped).

        ``POST /api/sdk/v1/graph/trace``

        Args:
            query: What the task is about. Trimmed; at most 500 characters after trimming.
            limit: Memory budget (1..50).
            include_rules: Whether to return the active rules.
            mode: Which memories fill `memories`: `all` (working + long-term, deduplicated),
                `working`, `long_term` or `rules_only` (empty `memories`).
            strategy: Graph retrieval strategy (legacy names, still used in traces at [H]).
            graph_depth: Graph traversal depth for hybrid retrieval; exactly 0, 1 or 2.
            graph_limit: Maximum number of graph-expanded memories to add (1..50).
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _graph_graph_trace.BINDING, locals())

    async def get_rollout(self, *, tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GraphRolloutData:  # fmt: skip
        """Get the graph rollout mode

        Read the current rollout config, the shadow metrics and the quality gate of the last 24 h
        for the scope given as query parameters. Unlike other routes, the query is validated
        **before** authentication (a bad parameter without a key gives 400, not 401). **[H]:** may
        run the rollout autopilot and adds `rolloutPlan` and `retrievalPolicy`. On this route the
        catch-all `500 INTERNAL_ERROR` envelope carries a new `meta.requestId`, not the one of the
        request.

        ``GET /api/sdk/v1/graph/rollout``

        Args:
            tenant_id: AI SDK Project selector (the security/database boundary), as `scope.tenantId`
                in body requests. Described in full in the class docstring.
            user_id: End-user scope inside the tenant database, as `scope.userId` in body requests.
                Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter, as `scope.projectId` in body requests. Trimmed;
                1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _graph_graph_rollout_get.BINDING, locals())

    async def set_rollout(self, mode: RolloutMode | Literal["off", "shadow", "canary"], *,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GraphRolloutData:  # fmt: skip
        """Set the graph rollout mode

        Set the rollout mode (`off`, `shadow` or `canary`) for the scope's database. The body is
        validated **before** authentication. Requesting `canary` while the quality gate has a
        blocking reason answers `409 CANARY_ROLLOUT_BLOCKED` with `details: {reasonCodes,
        qualityStatus, windowHours}`. On success the returned `rollout` is the newly written config,
        with `updatedBy` = the key owner's user id. **[H]:** disables the autopilot for this
        evaluation.

        ``POST /api/sdk/v1/graph/rollout``

        Args:
            mode: Graph rollout mode: `off` (baseline only), `shadow` (graph expansion computed for
                metrics but not applied) or `canary` (applied when the quality gate allows).
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _graph_graph_rollout_set.BINDING, locals())

    async def patch_rollout(self, mode: RolloutMode | Literal["off", "shadow", "canary"], *,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GraphRolloutData:  # fmt: skip
        """Set the graph rollout mode (PATCH alias)

        Identical to `POST /api/sdk/v1/graph/rollout` (the server's PATCH handler calls the POST
        handler): same body, same validation-before-authentication, same `409
        CANARY_ROLLOUT_BLOCKED` canary gate, same response.

        ``PATCH /api/sdk/v1/graph/rollout``

        Args:
            mode: Graph rollout mode: `off` (baseline only), `shadow` (graph expansion computed for
                metrics but not applied) or `canary` (applied when the quality gate allows).
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _graph_graph_rollout_patch.BINDING, locals())


class AsyncGraphResourceWithRawResponse(AsyncResource):
    """The ``graph`` operations, returning the raw response (``.parse()`` gives the typed result) (async)."""

    async def get_status(self, *, top_nodes_limit: int | NotGiven = NOT_GIVEN,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GraphStatusData]:  # fmt: skip
        """``graph.get_status``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncGraphResource.get_status, locals())

    async def status(self, *, top_nodes_limit: int | NotGiven = NOT_GIVEN,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GraphStatusData]:  # fmt: skip
        """``graph.status``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncGraphResource.status, locals())

    async def trace(self, *, query: str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        include_rules: bool | NotGiven = NOT_GIVEN,
        mode: ContextMode | Literal["all", "working", "long_term", "rules_only"] | NotGiven = NOT_GIVEN,
        strategy: RetrievalStrategy | Literal["baseline", "hybrid_graph"] | NotGiven = NOT_GIVEN,
        graph_depth: GraphDepth | Literal[0, 1, 2] | NotGiven = NOT_GIVEN,
        graph_limit: int | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GraphTraceData]:  # fmt: skip
        """``graph.trace``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncGraphResource.trace, locals())

    async def get_rollout(self, *, tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GraphRolloutData]:  # fmt: skip
        """``graph.get_rollout``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncGraphResource.get_rollout, locals())

    async def set_rollout(self, mode: RolloutMode | Literal["off", "shadow", "canary"], *,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GraphRolloutData]:  # fmt: skip
        """``graph.set_rollout``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncGraphResource.set_rollout, locals())

    async def patch_rollout(self, mode: RolloutMode | Literal["off", "shadow", "canary"], *,
        tenant_id: str | NotGiven = NOT_GIVEN, user_id: str | NotGiven = NOT_GIVEN,
        project_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GraphRolloutData]:  # fmt: skip
        """``graph.patch_rollout``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncGraphResource.patch_rollout, locals())


class ContextResource(SyncResource):
    """The ``context`` operations."""

    def get(self, *, query: str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        include_rules: bool | NotGiven = NOT_GIVEN, include_skill_files: bool | NotGiven = NOT_GIVEN,
        mode: ContextMode | Literal["all", "working", "long_term", "rules_only"] | NotGiven = NOT_GIVEN,
        strategy: ContextStrategy | Literal["baseline", "hybrid_graph", "lexical", "semantic", "hybrid"] | NotGiven = NOT_GIVEN,
        graph_depth: GraphDepth | Literal[0, 1, 2] | NotGiven = NOT_GIVEN,
        graph_limit: int | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContextGetData:  # fmt: skip
        """Get a context bundle

        Retrieve the context bundle for a task: **all** active rules in scope (not limited by
        `limit`; project rules first, then global, newest first), the mode-selected memories, the
        scoped skill files (up to 100, project files first) and a retrieval trace.

        * `workingMemories` (up to `min(limit, 3)`) and `longTermMemories` (`max(1, limit -
        workingMemories.length)`, rules excluded) are always returned, whatever `mode` is. As a
        quirk, `memories` can hold `limit + 1` items when `limit <= 3`. * With a `query`, memories
        are ranked by SQLite FTS5 bm25 (falling back to a substring match ordered by `created_at
        DESC`); without one they are ordered by `updated_at DESC`. * Memories added by graph
        expansion carry a `graph` object. * Expired working memories are never returned.

        ``POST /api/sdk/v1/context/get``

        Args:
            query: What the task is about. Trimmed; at most 500 characters after trimming. Empty or
                omitted → "recent" retrieval (ordered by `updated_at DESC`).
            limit: Memory budget (1..50). Rules are not limited by it.
            include_rules: Whether to return the active rules (`rules` is `[]` when false).
            include_skill_files: Whether to return the scoped skill files (`skillFiles` is `[]` when
                false).
            mode: Which memories fill `memories`: `all` (working + long-term, deduplicated),
                `working`, `long_term` or `rules_only` (empty `memories`).
            strategy: Requested retrieval strategy for `context/get`. **[S]** accepts `baseline`
                (tiered recall) and `hybrid_graph` (adds graph expansion when enabled). `lexical`,
                `semantic` and `hybrid` are **[H] values** (with `baseline` → `lexical` and
                `hybrid_graph` → `hybrid` as aliases); an [S] server rejects them with `400
                INVALID_REQUEST`.
            graph_depth: Graph traversal depth for hybrid retrieval; exactly 0, 1 or 2.
            graph_limit: Maximum number of graph-expanded memories to add (1..50).
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _context_context_get.BINDING, locals())


class ContextResourceWithRawResponse(SyncResource):
    """The ``context`` operations, returning the raw response (``.parse()`` gives the typed result)."""

    def get(self, *, query: str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        include_rules: bool | NotGiven = NOT_GIVEN, include_skill_files: bool | NotGiven = NOT_GIVEN,
        mode: ContextMode | Literal["all", "working", "long_term", "rules_only"] | NotGiven = NOT_GIVEN,
        strategy: ContextStrategy | Literal["baseline", "hybrid_graph", "lexical", "semantic", "hybrid"] | NotGiven = NOT_GIVEN,
        graph_depth: GraphDepth | Literal[0, 1, 2] | NotGiven = NOT_GIVEN,
        graph_limit: int | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ContextGetData]:  # fmt: skip
        """``context.get``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, ContextResource.get, locals())


class AsyncContextResource(AsyncResource):
    """The ``context`` operations (async)."""

    async def get(self, *, query: str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        include_rules: bool | NotGiven = NOT_GIVEN, include_skill_files: bool | NotGiven = NOT_GIVEN,
        mode: ContextMode | Literal["all", "working", "long_term", "rules_only"] | NotGiven = NOT_GIVEN,
        strategy: ContextStrategy | Literal["baseline", "hybrid_graph", "lexical", "semantic", "hybrid"] | NotGiven = NOT_GIVEN,
        graph_depth: GraphDepth | Literal[0, 1, 2] | NotGiven = NOT_GIVEN,
        graph_limit: int | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContextGetData:  # fmt: skip
        """Get a context bundle

        Retrieve the context bundle for a task: **all** active rules in scope (not limited by
        `limit`; project rules first, then global, newest first), the mode-selected memories, the
        scoped skill files (up to 100, project files first) and a retrieval trace.

        * `workingMemories` (up to `min(limit, 3)`) and `longTermMemories` (`max(1, limit -
        workingMemories.length)`, rules excluded) are always returned, whatever `mode` is. As a
        quirk, `memories` can hold `limit + 1` items when `limit <= 3`. * With a `query`, memories
        are ranked by SQLite FTS5 bm25 (falling back to a substring match ordered by `created_at
        DESC`); without one they are ordered by `updated_at DESC`. * Memories added by graph
        expansion carry a `graph` object. * Expired working memories are never returned.

        ``POST /api/sdk/v1/context/get``

        Args:
            query: What the task is about. Trimmed; at most 500 characters after trimming. Empty or
                omitted → "recent" retrieval (ordered by `updated_at DESC`).
            limit: Memory budget (1..50). Rules are not limited by it.
            include_rules: Whether to return the active rules (`rules` is `[]` when false).
            include_skill_files: Whether to return the scoped skill files (`skillFiles` is `[]` when
                false).
            mode: Which memories fill `memories`: `all` (working + long-term, deduplicated),
                `working`, `long_term` or `rules_only` (empty `memories`).
            strategy: Requested retrieval strategy for `context/get`. **[S]** accepts `baseline`
                (tiered recall) and `hybrid_graph` (adds graph expansion when enabled). `lexical`,
                `semantic` and `hybrid` are **[H] values** (with `baseline` → `lexical` and
                `hybrid_graph` → `hybrid` as aliases); an [S] server rejects them with `400
                INVALID_REQUEST`.
            graph_depth: Graph traversal depth for hybrid retrieval; exactly 0, 1 or 2.
            graph_limit: Maximum number of graph-expanded memories to add (1..50).
            tenant_id: AI SDK Project selector: the security/database boundary. Trimmed; 1..120
                characters after trimming. An unknown tenant is auto-provisioned when the server
                allows it (the first call can then take several seconds), otherwise it answers `404
                TENANT_DATABASE_NOT_CONFIGURED`.
            user_id: End-user scope inside the tenant database. Reads include shared rows plus this
                user's rows; writes, edits and deletes touch exactly this user's rows (or shared
                rows when omitted). Trimmed; 1..120 characters after trimming.
            project_id: Repository context filter (not an auth boundary), e.g.
                `github.com/acme/platform`. Reads return global rows plus this project's rows;
                writes are stored with `scope: project`. Trimmed; 1..240 characters after trimming.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _context_context_get.BINDING, locals())


class AsyncContextResourceWithRawResponse(AsyncResource):
    """The ``context`` operations, returning the raw response (``.parse()`` gives the typed result) (async)."""

    async def get(self, *, query: str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        include_rules: bool | NotGiven = NOT_GIVEN, include_skill_files: bool | NotGiven = NOT_GIVEN,
        mode: ContextMode | Literal["all", "working", "long_term", "rules_only"] | NotGiven = NOT_GIVEN,
        strategy: ContextStrategy | Literal["baseline", "hybrid_graph", "lexical", "semantic", "hybrid"] | NotGiven = NOT_GIVEN,
        graph_depth: GraphDepth | Literal[0, 1, 2] | NotGiven = NOT_GIVEN,
        graph_limit: int | NotGiven = NOT_GIVEN, tenant_id: str | NotGiven = NOT_GIVEN,
        user_id: str | NotGiven = NOT_GIVEN, project_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ContextGetData]:  # fmt: skip
        """``context.get``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncContextResource.get, locals())


class Methods(SyncResource):
    """Every top-level operation of the API."""

    @cached_property
    def context(self) -> ContextResource:
        """The ``context`` operations."""
        return ContextResource(self._client)

    @cached_property
    def management(self) -> ManagementResource:
        """The ``management`` operations."""
        return ManagementResource(self._client)

    @cached_property
    def graph(self) -> GraphResource:
        """The ``graph`` operations."""
        return GraphResource(self._client)

    @cached_property
    def mcp(self) -> McpResource:
        """The ``mcp`` operations."""
        return McpResource(self._client)

    @cached_property
    def memories(self) -> MemoriesResource:
        """The ``memories`` operations."""
        return MemoriesResource(self._client)

    @cached_property
    def sessions(self) -> SessionsResource:
        """The ``sessions`` operations."""
        return SessionsResource(self._client)

    @cached_property
    def skills(self) -> SkillsResource:
        """The ``skills`` operations."""
        return SkillsResource(self._client)

    @cached_property
    def with_raw_response(self) -> MethodsWithRawResponse:
        """The same methods, returning the raw response: status, headers, request id, ``.parse()``."""
        return MethodsWithRawResponse(self._client)

    def health(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> HealthData:  # fmt: skip
        """Check that the SDK HTTP surface is up

        Unauthenticated and not rate limited. Always answers 200 with a constant payload while the
        service is up. Useful as a probe that a base URL really serves `/api/sdk/v1/*`: a server
        without the SDK surface answers 404 (an HTML page or another non-envelope body).

        ``GET /api/sdk/v1/health``

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _health_health.BINDING, locals())


class MethodsWithRawResponse(SyncResource):
    """Every top-level operation of the API, returning the raw response (``.parse()`` gives the typed result)."""

    @cached_property
    def context(self) -> ContextResourceWithRawResponse:
        """The ``context`` operations."""
        return ContextResourceWithRawResponse(self._client)

    @cached_property
    def management(self) -> ManagementResourceWithRawResponse:
        """The ``management`` operations."""
        return ManagementResourceWithRawResponse(self._client)

    @cached_property
    def graph(self) -> GraphResourceWithRawResponse:
        """The ``graph`` operations."""
        return GraphResourceWithRawResponse(self._client)

    @cached_property
    def mcp(self) -> McpResourceWithRawResponse:
        """The ``mcp`` operations."""
        return McpResourceWithRawResponse(self._client)

    @cached_property
    def memories(self) -> MemoriesResourceWithRawResponse:
        """The ``memories`` operations."""
        return MemoriesResourceWithRawResponse(self._client)

    @cached_property
    def sessions(self) -> SessionsResourceWithRawResponse:
        """The ``sessions`` operations."""
        return SessionsResourceWithRawResponse(self._client)

    @cached_property
    def skills(self) -> SkillsResourceWithRawResponse:
        """The ``skills`` operations."""
        return SkillsResourceWithRawResponse(self._client)

    def health(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[HealthData]:  # fmt: skip
        """``health``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.health, locals())


class AsyncMethods(AsyncResource):
    """Every top-level operation of the API (async)."""

    @cached_property
    def context(self) -> AsyncContextResource:
        """The ``context`` operations."""
        return AsyncContextResource(self._client)

    @cached_property
    def management(self) -> AsyncManagementResource:
        """The ``management`` operations."""
        return AsyncManagementResource(self._client)

    @cached_property
    def graph(self) -> AsyncGraphResource:
        """The ``graph`` operations."""
        return AsyncGraphResource(self._client)

    @cached_property
    def mcp(self) -> AsyncMcpResource:
        """The ``mcp`` operations."""
        return AsyncMcpResource(self._client)

    @cached_property
    def memories(self) -> AsyncMemoriesResource:
        """The ``memories`` operations."""
        return AsyncMemoriesResource(self._client)

    @cached_property
    def sessions(self) -> AsyncSessionsResource:
        """The ``sessions`` operations."""
        return AsyncSessionsResource(self._client)

    @cached_property
    def skills(self) -> AsyncSkillsResource:
        """The ``skills`` operations."""
        return AsyncSkillsResource(self._client)

    @cached_property
    def with_raw_response(self) -> AsyncMethodsWithRawResponse:
        """The same methods, returning the raw response: status, headers, request id, ``.parse()``."""
        return AsyncMethodsWithRawResponse(self._client)

    async def health(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> HealthData:  # fmt: skip
        """Check that the SDK HTTP surface is up

        Unauthenticated and not rate limited. Always answers 200 with a constant payload while the
        service is up. Useful as a probe that a base URL really serves `/api/sdk/v1/*`: a server
        without the SDK surface answers 404 (an HTML page or another non-envelope body).

        ``GET /api/sdk/v1/health``

        Args:
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _health_health.BINDING, locals())


class AsyncMethodsWithRawResponse(AsyncResource):
    """Every top-level operation of the API, returning the raw response (``.parse()`` gives the typed result) (async)."""

    @cached_property
    def context(self) -> AsyncContextResourceWithRawResponse:
        """The ``context`` operations."""
        return AsyncContextResourceWithRawResponse(self._client)

    @cached_property
    def management(self) -> AsyncManagementResourceWithRawResponse:
        """The ``management`` operations."""
        return AsyncManagementResourceWithRawResponse(self._client)

    @cached_property
    def graph(self) -> AsyncGraphResourceWithRawResponse:
        """The ``graph`` operations."""
        return AsyncGraphResourceWithRawResponse(self._client)

    @cached_property
    def mcp(self) -> AsyncMcpResourceWithRawResponse:
        """The ``mcp`` operations."""
        return AsyncMcpResourceWithRawResponse(self._client)

    @cached_property
    def memories(self) -> AsyncMemoriesResourceWithRawResponse:
        """The ``memories`` operations."""
        return AsyncMemoriesResourceWithRawResponse(self._client)

    @cached_property
    def sessions(self) -> AsyncSessionsResourceWithRawResponse:
        """The ``sessions`` operations."""
        return AsyncSessionsResourceWithRawResponse(self._client)

    @cached_property
    def skills(self) -> AsyncSkillsResourceWithRawResponse:
        """The ``skills`` operations."""
        return AsyncSkillsResourceWithRawResponse(self._client)

    async def health(self, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[HealthData]:  # fmt: skip
        """``health``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.health, locals())
