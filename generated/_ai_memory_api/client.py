"""Typed facade of the ai-memory daemon HTTP API API — generated, do not edit.

Every operation of the spec is a method here; each hands its arguments, with the operation's
binding, to the engine (``agent_memory_sdk``) that owns auth, retries, errors and parsing.
"""

from __future__ import annotations

import builtins
import datetime
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
    paginate,
)

if TYPE_CHECKING:
    import httpx
    from agent_memory_sdk._pagination import AsyncPaginator, SyncPage
    from agent_memory_sdk._response import APIResponse

    from .models import (
        AgentActionKind,
        AgentsResponse,
        ApprovalDecisionRequestDecision,
        ApproveResult,
        ArchiveListResponse,
        ArchiveResponse,
        ArchiveStatsResponse,
        AutoTagResponse,
        BulkCreateResponse,
        Capabilities,
        CapabilitiesVersion,
        CaptureTurnRequestMetadata,
        CaptureTurnResponse,
        CheckDuplicateResponse,
        Citation,
        ConfidenceTier,
        ConsensusPendingResult,
        ConsolidateResponse,
        ContradictionsResponse,
        CreateMemory,
        CreateMemoryMetadata,
        CreateMemoryResponse,
        DecisionResult,
        DeleteMemoryResponse,
        EntityByAliasResponse,
        EntityResponse,
        ExpandQueryResponse,
        ExportResponse,
        FindPathsResponse,
        ForgetResponse,
        GcResponse,
        GovernancePending,
        GovernancePolicy,
        Health,
        ImportMemory,
        ImportRequest,
        ImportResponse,
        InboxResponse,
        KgInvalidateResponse,
        KgQueryResponse,
        KgTimelineResponse,
        LineageDirection,
        LineageResponse,
        LinkCreated,
        LinkRelation,
        LinksResponse,
        ListMemoriesResponse,
        LoadFamilyResponse,
        Memory,
        MemoryAtomiseTierLocked,
        MemoryCalibrateConfidenceResponse,
        MemoryCheckAgentActionResponse,
        MemoryDependentsResponse,
        MemoryExportReflectionRequestFormat,
        MemoryExportReflectionResponse,
        MemoryKind,
        MemoryLink,
        MemoryRecallObservationsResponse,
        MemoryReflectionOriginResponse,
        MemoryReflectPending,
        MemoryReflectRequestMetadata,
        MemoryReflectResult,
        MemoryReplayAsk,
        MemoryReplayResult,
        MemoryRuleListResponse,
        MemorySmartLoadResponse,
        MemorySubscriptionDlqListResponse,
        MemorySubscriptionReplayResponse,
        MemoryVerifyResponse,
        MemoryWithLinks,
        NamespaceList,
        NamespaceStandard,
        NamespaceStandardClearedResult,
        NamespaceStandardSetResult,
        NotifyRequest,
        NotifyResponse,
        OnConflict,
        OpenObject,
        PendingAction,
        PendingListResponse,
        PromoteResponse,
        PurgeArchiveResponse,
        QuotaStatus,
        QuotaStatusList,
        RecallAcceptProvenance,
        RecallGetAcceptProvenance,
        RecallResponse,
        RegisterAgentResponse,
        RegisterEntityRequestMetadata,
        RejectResult,
        RememberMode,
        RestoreArchiveResponse,
        Scope,
        SearchResponse,
        SessionStartResponse,
        ShareResponse,
        SkillComposeResponse,
        SkillDetail,
        SkillExportResponse,
        SkillListResponse,
        SkillPromoteResponse,
        SkillRegisterResponse,
        SkillResourceContent,
        Source,
        SourceSpan,
        Stats,
        SubscribeRequest,
        SubscriptionCreated,
        SubscriptionsResponse,
        SyncPushResponse,
        SyncSinceResponse,
        TaxonomyResponse,
        Tier,
        ToolCallSummary,
        ToolFamily,
        ToolsListResponse,
        UnlinkResponse,
        UnsubscribeResponse,
        UpdateMemory,
        UpdateMemoryMetadata,
        VectorClock,
    )

__all__ = [
    "Methods",
    "MethodsWithRawResponse",
    "AsyncMethods",
    "AsyncMethodsWithRawResponse",
]

# The operation modules, each imported by the first call of one of its methods.
_admin_forget = LazyModule(".api.admin.forget", __package__)
_admin_quota_status = LazyModule(".api.admin.quota_status", __package__)
_admin_stats = LazyModule(".api.admin.stats", __package__)
_admin_gc = LazyModule(".api.admin.gc", __package__)
_admin_export = LazyModule(".api.admin.export", __package__)
_admin_import_ = LazyModule(".api.admin.import_", __package__)
_agents_agents = LazyModule(".api.agents.agents", __package__)
_agents_register_agent = LazyModule(".api.agents.register_agent", __package__)
_archive_list_archive = LazyModule(".api.archive.list_archive", __package__)
_archive_archive = LazyModule(".api.archive.archive", __package__)
_archive_purge_archive = LazyModule(".api.archive.purge_archive", __package__)
_archive_restore_archive = LazyModule(".api.archive.restore_archive", __package__)
_archive_archive_stats = LazyModule(".api.archive.archive_stats", __package__)
_federation_sync_push = LazyModule(".api.federation.sync_push", __package__)
_federation_sync_since = LazyModule(".api.federation.sync_since", __package__)
_governance_pending = LazyModule(".api.governance.pending", __package__)
_governance_approve_pending = LazyModule(".api.governance.approve_pending", __package__)
_governance_reject_pending = LazyModule(".api.governance.reject_pending", __package__)
_governance_decide_approval = LazyModule(".api.governance.decide_approval", __package__)
_governance_approvals_stream = LazyModule(".api.governance.approvals_stream", __package__)
_knowledge_graph_register_entity = LazyModule(".api.knowledge_graph.register_entity", __package__)
_knowledge_graph_entity_by_alias = LazyModule(".api.knowledge_graph.entity_by_alias", __package__)
_knowledge_graph_kg_timeline = LazyModule(".api.knowledge_graph.kg_timeline", __package__)
_knowledge_graph_kg_invalidate = LazyModule(".api.knowledge_graph.kg_invalidate", __package__)
_knowledge_graph_kg_query = LazyModule(".api.knowledge_graph.kg_query", __package__)
_knowledge_graph_kg_find_paths = LazyModule(".api.knowledge_graph.kg_find_paths", __package__)
_knowledge_graph_find_paths = LazyModule(".api.knowledge_graph.find_paths", __package__)
_links_link = LazyModule(".api.links.link", __package__)
_links_unlink = LazyModule(".api.links.unlink", __package__)
_links_get_links = LazyModule(".api.links.get_links", __package__)
_links_verify_link = LazyModule(".api.links.verify_link", __package__)
_llm_check_duplicate = LazyModule(".api.llm.check_duplicate", __package__)
_llm_auto_tag = LazyModule(".api.llm.auto_tag", __package__)
_llm_expand_query = LazyModule(".api.llm.expand_query", __package__)
_memories_list_ = LazyModule(".api.memories.list_", __package__)
_memories_store = LazyModule(".api.memories.store", __package__)
_memories_bulk_store = LazyModule(".api.memories.bulk_store", __package__)
_memories_get = LazyModule(".api.memories.get", __package__)
_memories_update = LazyModule(".api.memories.update", __package__)
_memories_delete = LazyModule(".api.memories.delete", __package__)
_memories_promote = LazyModule(".api.memories.promote", __package__)
_memories_lineage = LazyModule(".api.memories.lineage", __package__)
_memories_consolidate = LazyModule(".api.memories.consolidate", __package__)
_memories_share = LazyModule(".api.memories.share", __package__)
_messaging_notify = LazyModule(".api.messaging.notify", __package__)
_messaging_inbox = LazyModule(".api.messaging.inbox", __package__)
_namespaces_namespaces = LazyModule(".api.namespaces.namespaces", __package__)
_namespaces_set_namespace_standard_qs = LazyModule(".api.namespaces.set_namespace_standard_qs", __package__)
_namespaces_clear_namespace_standard_qs = LazyModule(
    ".api.namespaces.clear_namespace_standard_qs", __package__
)
_namespaces_get_namespace_standard = LazyModule(".api.namespaces.get_namespace_standard", __package__)
_namespaces_set_namespace_standard = LazyModule(".api.namespaces.set_namespace_standard", __package__)
_namespaces_clear_namespace_standard = LazyModule(".api.namespaces.clear_namespace_standard", __package__)
_namespaces_taxonomy = LazyModule(".api.namespaces.taxonomy", __package__)
_parity_memory_smart_load = LazyModule(".api.parity.memory_smart_load", __package__)
_parity_memory_reflect = LazyModule(".api.parity.memory_reflect", __package__)
_parity_memory_recall_observations = LazyModule(".api.parity.memory_recall_observations", __package__)
_parity_memory_reflection_origin = LazyModule(".api.parity.memory_reflection_origin", __package__)
_parity_memory_dependents_of_invalidated = LazyModule(
    ".api.parity.memory_dependents_of_invalidated", __package__
)
_parity_memory_export_reflection = LazyModule(".api.parity.memory_export_reflection", __package__)
_parity_memory_atomise = LazyModule(".api.parity.memory_atomise", __package__)
_parity_memory_calibrate_confidence = LazyModule(".api.parity.memory_calibrate_confidence", __package__)
_parity_memory_verify = LazyModule(".api.parity.memory_verify", __package__)
_parity_memory_replay = LazyModule(".api.parity.memory_replay", __package__)
_parity_memory_subscription_replay = LazyModule(".api.parity.memory_subscription_replay", __package__)
_parity_memory_subscription_dlq_list = LazyModule(".api.parity.memory_subscription_dlq_list", __package__)
_parity_memory_rule_list = LazyModule(".api.parity.memory_rule_list", __package__)
_parity_memory_check_agent_action = LazyModule(".api.parity.memory_check_agent_action", __package__)
_recall_search = LazyModule(".api.recall.search", __package__)
_recall_recall_get = LazyModule(".api.recall.recall_get", __package__)
_recall_recall = LazyModule(".api.recall.recall", __package__)
_recall_contradictions = LazyModule(".api.recall.contradictions", __package__)
_recall_memory_load_family = LazyModule(".api.recall.memory_load_family", __package__)
_skills_skill_register = LazyModule(".api.skills.skill_register", __package__)
_skills_skill_list = LazyModule(".api.skills.skill_list", __package__)
_skills_skill_get = LazyModule(".api.skills.skill_get", __package__)
_skills_skill_resource = LazyModule(".api.skills.skill_resource", __package__)
_skills_skill_export = LazyModule(".api.skills.skill_export", __package__)
_skills_skill_promote = LazyModule(".api.skills.skill_promote", __package__)
_skills_skill_compose = LazyModule(".api.skills.skill_compose", __package__)
_subscriptions_subscriptions = LazyModule(".api.subscriptions.subscriptions", __package__)
_subscriptions_subscribe = LazyModule(".api.subscriptions.subscribe", __package__)
_subscriptions_unsubscribe = LazyModule(".api.subscriptions.unsubscribe", __package__)
_system_health = LazyModule(".api.system.health", __package__)
_system_metrics_root = LazyModule(".api.system.metrics_root", __package__)
_system_metrics = LazyModule(".api.system.metrics", __package__)
_system_capabilities = LazyModule(".api.system.capabilities", __package__)
_system_session_start = LazyModule(".api.system.session_start", __package__)
_system_capture_turn = LazyModule(".api.system.capture_turn", __package__)
_system_tools_list = LazyModule(".api.system.tools_list", __package__)
_unserved_grant = LazyModule(".api.unserved.grant", __package__)
_unserved_revoke = LazyModule(".api.unserved.revoke", __package__)
_unserved_cluster = LazyModule(".api.unserved.cluster", __package__)


class Methods(SyncResource):
    """Every top-level operation of the API.

    Parameters several methods share, described once:

        agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
            query `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
            daemon assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
            memories written without it cannot be read back by later header-less requests. 1 to 128
            bytes of `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved
            ids `daemon`, `system`, `federation-catchup`, `subscription-dispatch`,
            `ai:http-internal`, `ai:migrate`, `export-internal` and `governance-internal` are
            rejected (400 `invalid agent_id: ...`).
    """

    @cached_property
    def with_raw_response(self) -> MethodsWithRawResponse:
        """The same methods, returning the raw response: status, headers, request id, ``.parse()``."""
        return MethodsWithRawResponse(self._client)

    def forget(self, *, agent_id: str | NotGiven = NOT_GIVEN, namespace: str | NotGiven = NOT_GIVEN,
        pattern: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ForgetResponse:  # fmt: skip
        """Bulk-delete memories by namespace, pattern or tier

        Deletes every memory matching all given filters (archived first when `archive_on_gc` is
        set). At least one filter is required. Admin only. The filters travel in a JSON body, not in
        the query string; because the body is extracted before the admin check, a call without a
        JSON body gets 415 before 403.

        ``POST /api/v1/forget``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            namespace: Delete memories in this namespace (not validated).
            pattern: Delete memories matching this FTS pattern.
            tier: Memory tier. Default TTLs are short 6 h, mid 7 days, long none.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _admin_forget.BINDING, locals())

    def quota_status(self, *, agent_id: str | NotGiven = NOT_GIVEN, namespace: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> QuotaStatus | QuotaStatusList:  # fmt: skip
        """Quota status

        With `agent_id`: the quota of that agent, which must be the caller (`X-Agent-Id`) — any
        other id is 403, admin or not (so without the header, whose anonymous id is new on every
        request, a body `agent_id` is always 403). With `namespace` too, the row of that `(agent_id,
        namespace)` pair (created with the default limits if absent); without it, the aggregate over
        the agent's namespaces (`namespace` = `_global`; maxima of the limits, sums of the
        counters). Without `agent_id`: admin only, the list of every quota row
        (`{"quotas":[...],"count":N}`, ordered by agent id then namespace), filtered by `namespace`
        when given. Default limits: 1000 memories/day, 100 MiB storage, 5000 links/day.

        ``POST /api/v1/quota/status``

        Args:
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            namespace: With `agent_id`, the namespace row to read (else the aggregate); without it,
                filters the list.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _admin_quota_status.BINDING, locals())

    def stats(self, *, agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Stats:  # fmt: skip
        """Database statistics

        Counts by tier and namespace, links, database size. Admin only.

        ``GET /api/v1/stats``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _admin_stats.BINDING, locals())

    def gc(self, *, agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GcResponse:  # fmt: skip
        """Delete expired memories

        Deletes expired memories now (archiving them first when `archive_on_gc` is set). Takes no
        body. Admin only.

        ``POST /api/v1/gc``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _admin_gc.BINDING, locals())

    def export(self, *, agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ExportResponse:  # fmt: skip
        """Export all memories and links

        Exports every memory and link as JSON (the simple HTTP shape, not the CLI `v1` portability
        envelope). Admin only.

        ``GET /api/v1/export``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _admin_export.BINDING, locals())

    def import_(self, payload: ImportRequest | Mapping[str, Any] | None = None, *,
        agent_id: str | NotGiven = NOT_GIVEN,
        memories: Sequence[ImportMemory | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        links: Sequence[MemoryLink | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ImportResponse:  # fmt: skip
        """Import memories and links

        Imports up to 1000 full memory objects (for example the output of `export`) and optional
        links. `metadata.agent_id` is re-stamped to the caller and the original is kept in
        `metadata.imported_from_agent_id`. Invalid links are skipped silently; per-memory failures
        are reported as sanitised strings in `errors`. Admin only.

        ``POST /api/v1/import``

        Args:
            payload: the whole request body, as a model or a dict; keyword arguments override its
                fields.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            memories: Memories to import (at most 1000).
            links: Links to import (invalid ones are skipped).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _admin_import_.BINDING, locals())

    def agents(self, *, agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AgentsResponse:  # fmt: skip
        """List registered agents

        Lists the agent registry (stored as memories in namespace `_agents`). Admin only.

        ``GET /api/v1/agents``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _agents_agents.BINDING, locals())

    def register_agent(self, agent_id: str, agent_type: str,
        capabilities: Sequence[str] | NotGiven = NOT_GIVEN, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RegisterAgentResponse:  # fmt: skip
        """Register an agent

        Registers (or re-registers) an agent. The registration is stored as the memory
        `agent:<agent_id>` in namespace `_agents`.

        ``POST /api/v1/agents``

        Args:
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            agent_type: `human`, `system` or `ai:<name>` (e.g. `ai:claude-opus-4.7`,
                `ai:codex-5.4`); at most 64 bytes.
            capabilities: Capabilities (tag rules).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _agents_register_agent.BINDING, locals())

    def list_archive(self, *, namespace: str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ArchiveListResponse:  # fmt: skip
        """List archived memories

        Lists archived memories (memory fields plus `archived_at` and `archive_reason`), optionally
        of one namespace. `limit` defaults to 50 and is clamped to 1..1000; `limit=0` is a 400
        `limit must be >= 1`. Admin only.

        ``GET /api/v1/archive``

        Args:
            namespace: Only archived memories in exactly this namespace (not validated; a namespace
                that cannot exist matches nothing).
            limit: Page size.
            offset: Rows to skip.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _archive_list_archive.BINDING, locals())

    def archive(self, *, agent_id: str | NotGiven = NOT_GIVEN, ids: Sequence[str],
        reason: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ArchiveResponse:  # fmt: skip
        """Archive memories by id

        Moves up to 1000 memories to the archive (`reason` defaults to `archive`). Ids are validated
        first (400 `invalid id <id>: ...`; more than 1000 is a 400). Only memories the caller owns
        (or unowned legacy rows) are moved; every other id, existing or not, is reported in
        `missing`.

        ``POST /api/v1/archive``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            ids: Memory ids (at most 1000).
            reason: Archive reason.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _archive_archive.BINDING, locals())

    def purge_archive(self, *, older_than_days: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PurgeArchiveResponse:  # fmt: skip
        """Purge the archive

        Permanently deletes archived memories (all, or those archived more than `older_than_days`
        days ago). Non-admin callers purge only their own rows (`owner_scope`).

        ``DELETE /api/v1/archive``

        Args:
            older_than_days: Only purge rows archived more than this many days ago.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _archive_purge_archive.BINDING, locals())

    def restore_archive(self, *, id: str, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RestoreArchiveResponse:  # fmt: skip
        """Restore an archived memory

        Moves a memory from the archive back to the live table. Takes no body. A row the caller does
        not own answers 404 `not found in archive`, like a missing one.

        ``POST /api/v1/archive/{id}/restore``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most 128
                bytes of `[A-Za-z0-9_:.@-]`, no `..`.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _archive_restore_archive.BINDING, locals())

    def archive_stats(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ArchiveStatsResponse:  # fmt: skip
        """Archive statistics

        Archived memory counts, total and by namespace. Admin only.

        ``GET /api/v1/archive/stats``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _archive_archive_stats.BINDING, locals())

    def sync_push(self, *, agent_id: str | NotGiven = NOT_GIVEN, x_peer_id: str | NotGiven = NOT_GIVEN,
        x_memory_sig: str | NotGiven = NOT_GIVEN, x_memory_nonce: str | NotGiven = NOT_GIVEN,
        sender_agent_id: str, memories: Sequence[ImportMemory | Mapping[str, Any]],
        sender_clock: VectorClock | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        sender_wall_clock: str | NotGiven = NOT_GIVEN, deletions: Sequence[str] | NotGiven = NOT_GIVEN,
        archives: Sequence[str] | NotGiven = NOT_GIVEN, restores: Sequence[str] | NotGiven = NOT_GIVEN,
        links: Sequence[MemoryLink | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        pendings: Sequence[PendingAction | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        pending_decisions: Sequence[OpenObject | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        namespace_meta: Sequence[OpenObject | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        namespace_meta_clears: Sequence[str] | NotGiven = NOT_GIVEN, dry_run: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPushResponse:  # fmt: skip
        """Receive a federation push

        Receives a batch of changes from a peer daemon (at most 1000 memories). Peers sign the body
        (`X-Memory-Sig`, `X-Memory-Nonce`, `X-Peer-Id`; enforced with `AI_MEMORY_FED_REQUIRE_SIG`
        and `AI_MEMORY_FED_REQUIRE_NONCE`). Quota overruns give 429 with `x-quota-reset-at` and
        `x-quota-limit`.

        ``POST /api/v1/sync/push``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            x_peer_id: Id of the sending peer daemon (an agent id); on `sync/push` it must equal the
                body's `sender_agent_id` (else 403).
            x_memory_sig: Peer signature over the request (required when `AI_MEMORY_FED_REQUIRE_SIG`
                is set).
            x_memory_nonce: Replay-protection nonce (required when `AI_MEMORY_FED_REQUIRE_NONCE` is
                set).
            sender_agent_id: Sending peer's agent id.
            memories: Memories to upsert (at most 1000).
            sender_clock: Map of peer agent id to the latest `updated_at` seen from that peer.
            sender_wall_clock: Sender's wall clock (RFC 3339).
            deletions: Ids to delete.
            archives: Ids to archive.
            restores: Ids to restore.
            links: Links to upsert.
            pendings: Pending actions to mirror.
            pending_decisions: Decisions to propagate.
            namespace_meta: Namespace metadata entries.
            namespace_meta_clears: Namespaces whose metadata is cleared.
            dry_run: Validate and count without writing.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _federation_sync_push.BINDING, locals())

    def sync_since(self, *, since: datetime.datetime | str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, peer: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, x_peer_id: str | NotGiven = NOT_GIVEN,
        x_memory_sig: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncSinceResponse:  # fmt: skip
        """Changes since a timestamp (federation pull)

        Returns memories updated after `since` (absent = full snapshot), oldest first, for peer
        catch-up; `limit` defaults to 500 and is capped at 10000. **With the default configuration
        it returns no rows**: unless the peer (`X-Peer-Id`) has a scope allowlist or the daemon runs
        with `AI_MEMORY_FED_SYNC_TRUST_PEER=1`, the answer is the empty batch with `scope_status:
        "no_allowlist_default_deny"`. Otherwise rows outside the peer's namespace scope are counted
        in `excluded_for_scope` and private rows not visible to the caller (and not
        `metadata.federation_share`) in `excluded_for_scope_private`; `scope_status` is `scoped` or
        `legacy_bypass`. A malformed `since` is a 400 JSON. With `AI_MEMORY_FED_REQUIRE_SIG=1` an
        unsigned or badly signed request is a 401.

        ``GET /api/v1/sync/since``

        Args:
            since: Return memories updated after this RFC 3339 timestamp (else 400).
            limit: Maximum memories.
            peer: Requesting peer's agent id; when valid, its sync state is recorded.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            x_peer_id: Id of the sending peer daemon (an agent id); on `sync/push` it must equal the
                body's `sender_agent_id` (else 403).
            x_memory_sig: Peer signature over the request (required when `AI_MEMORY_FED_REQUIRE_SIG`
                is set).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _federation_sync_since.BINDING, locals())

    def pending(self, *, status: str | NotGiven = NOT_GIVEN, namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PendingListResponse:  # fmt: skip
        """List pending governance actions

        Lists governance-gated actions, newest first, optionally with one `status`; `limit` defaults
        to 100 and is capped at 1000. Non-admin callers see only the rows they requested
        (`owner_scope` is `caller`; the row filter runs after the limit). The `namespace` parameter
        is accepted but ignored by the default (SQLite) build. An invalid `X-Agent-Id` is not an
        error here (the caller then matches no row).

        ``GET /api/v1/pending``

        Args:
            status: Filter by status (e.g. `pending`, `approved`, `rejected`).
            namespace: Accepted but ignored by the default (SQLite) build.
            limit: Maximum rows.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _governance_pending.BINDING, locals())

    def approve_pending(self, *, id: str, agent_id: str | NotGiven = NOT_GIVEN,
        x_ai_memory_signature: str | NotGiven = NOT_GIVEN, x_ai_memory_timestamp: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ApproveResult | ConsensusPendingResult:  # fmt: skip
        """Approve a pending action

        Approves a pending action and executes it (200), or records a vote when consensus is not yet
        reached (202). Requires the HMAC headers `X-AI-Memory-Signature` and `X-AI-Memory-Timestamp`
        over `"<ts>.POST.<id>.<raw body>"` with key `SHA-256(server hmac_secret)` (±300 s / 60 s
        skew, replay-protected); without a server secret every call gets 401. The body (if any) is
        read as raw bytes and only signed. A missing, already decided or wrongly-addressed action
        (designated approver differs) is a 403 `approve rejected: <reason>`, never a 404.

        ``POST /api/v1/pending/{id}/approve``

        Args:
            id: Id of the pending action.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            x_ai_memory_signature: `sha256=<hex>` HMAC over `"<timestamp>.POST.<pending id>.<raw
                body>"` with key `SHA-256(server hmac_secret)`. Required in practice: a missing or
                bad signature gives 401.
            x_ai_memory_timestamp: Unix time in seconds of the signature; at most 300 s old and 60 s
                in the future.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _governance_approve_pending.BINDING, locals())

    def reject_pending(self, *, id: str, agent_id: str | NotGiven = NOT_GIVEN,
        x_ai_memory_signature: str | NotGiven = NOT_GIVEN, x_ai_memory_timestamp: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RejectResult:  # fmt: skip
        """Reject a pending action

        Rejects a pending action. Same HMAC requirements as approve (401 with a `hint` naming this
        route). 404 when the action does not exist or is already decided; there is no ownership or
        approver check on reject.

        ``POST /api/v1/pending/{id}/reject``

        Args:
            id: Id of the pending action.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            x_ai_memory_signature: `sha256=<hex>` HMAC over `"<timestamp>.POST.<pending id>.<raw
                body>"` with key `SHA-256(server hmac_secret)`. Required in practice: a missing or
                bad signature gives 401.
            x_ai_memory_timestamp: Unix time in seconds of the signature; at most 300 s old and 60 s
                in the future.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _governance_reject_pending.BINDING, locals())

    def decide_approval(self, *, pending_id: str, agent_id: str | NotGiven = NOT_GIVEN,
        x_ai_memory_signature: str | NotGiven = NOT_GIVEN, x_ai_memory_timestamp: str | NotGiven = NOT_GIVEN,
        decision: ApprovalDecisionRequestDecision | Literal["approve", "deny"],
        remember: RememberMode | Literal["once", "session", "forever"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DecisionResult:  # fmt: skip
        """Decide a pending action

        Approves or denies a pending action, optionally remembering the decision (`session` and
        `forever` record a synthetic permission rule). HMAC-gated like `approve_pending` (401
        `{"error":"invalid or missing X-AI-Memory-Signature"}`, checked before the body). The body
        is read as raw bytes, so a bad body gives 400 JSON `invalid body: ...` (never 415/422).
        Every decision is answered 200, including a vote that leaves a consensus policy short of its
        quorum (`approved: false, status: "pending", votes, quorum`, no `reason`). Approve errors
        are 403 `approve rejected: <reason>` (also for a missing action); deny of a missing or
        decided action is 404.

        ``POST /api/v1/approvals/{pending_id}``

        Args:
            pending_id: Id of the pending action.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            x_ai_memory_signature: `sha256=<hex>` HMAC over `"<timestamp>.POST.<pending id>.<raw
                body>"` with key `SHA-256(server hmac_secret)`. Required in practice: a missing or
                bad signature gives 401.
            x_ai_memory_timestamp: Unix time in seconds of the signature; at most 300 s old and 60 s
                in the future.
            decision: The decision.
            remember: How long an approval decision is remembered.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _governance_decide_approval.BINDING, locals())

    def approvals_stream(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str:  # fmt: skip
        """Stream approval events (SSE)

        Server-Sent Events stream (keep-alive every 15 s). `approval_requested` data:
        `{"event":"approval_requested","pending_id","action_type","namespace","requested_by","requested_at"}`;
        `approval_decided` data:
        `{"event":"approval_decided","pending_id","decision","decided_by","remember","namespace","requested_by"}`;
        `lagged` data `{"lagged":true}` when the subscriber fell behind; `error` data
        `{"error":"event_serialise_failed"}`. An event is sent only to the subscriber whose
        `X-Agent-Id` is the action's requester, or whom an active allow permission rule matches for
        the event's namespace; an absent or `host:*` id sees nothing.

        ``GET /api/v1/approvals/stream``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _governance_approvals_stream.BINDING, locals())

    def register_entity(self, *, canonical_name: str, namespace: str,
        aliases: Sequence[str] | NotGiven = NOT_GIVEN,
        metadata: RegisterEntityRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EntityResponse:  # fmt: skip
        """Register a knowledge-graph entity

        Registers an entity as a long-tier memory (title and content = `canonical_name`, tag
        `entity`, `metadata.kind = "entity"`). Idempotent on `(canonical_name, namespace)`: 201 when
        created, 200 when it already existed (the new aliases are merged). `aliases` in the response
        always include the canonical name itself, ordered by registration time, then alphabetically.
        The `metadata.agent_id` stamped on a new entity is the body `agent_id` when given, else the
        `X-Agent-Id` header (here the body wins, unlike other routes; no 403 on a mismatch). 409
        when a memory that is not an entity already uses the title in the namespace. No governance
        check and no webhook on the default (SQLite) build.

        ``POST /api/v1/entities``

        Args:
            canonical_name: Canonical name (title rules: non-blank after trimming, at most 512
                characters, no control characters but newline and tab).
            namespace: Namespace.
            aliases: Alternative names.
            metadata: Metadata merged onto the entity memory (`kind` is forced to `entity`;
                `agent_id` is kept when given here).
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _knowledge_graph_register_entity.BINDING, locals())

    def entity_by_alias(self, *, alias: str, namespace: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EntityByAliasResponse:  # fmt: skip
        """Look up an entity by alias

        Resolves an alias (or canonical name; exact match) to its entity, in `namespace` when given,
        else the most recently created match across namespaces. A blank alias is 400 `alias is
        required`. An entity the caller may not see (private, not the owner, not admin) answers like
        no match: 200 with `found: false`.

        ``GET /api/v1/entities/by_alias``

        Args:
            alias: The alias to resolve.
            namespace: Namespace to look in.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _knowledge_graph_entity_by_alias.BINDING, locals())

    def kg_timeline(self, *, source_id: str, since: datetime.datetime | str | NotGiven = NOT_GIVEN,
        until: datetime.datetime | str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KgTimelineResponse:  # fmt: skip
        """Timeline of a memory's outbound links

        Returns the outbound links of `source_id` that have a `valid_from`, ordered by `valid_from`
        then creation time, with each target's title and namespace. `since`/`until` filter on
        `valid_from`. `limit` defaults to 200 and is clamped to 1..1000. The caller must own the
        source memory (or be its `target_agent_id`; unowned legacy rows are open).

        ``GET /api/v1/kg/timeline``

        Args:
            source_id: Memory (or entity) id whose timeline is returned. Missing gives a text/plain
                400.
            since: Only links with `valid_from` at or after this RFC 3339 instant (else 400 `invalid
                since`).
            until: Only links with `valid_from` at or before this RFC 3339 instant (else 400
                `invalid until`).
            limit: Maximum events (default 200; clamped to 1..1000).
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _knowledge_graph_kg_timeline.BINDING, locals())

    def kg_invalidate(self, *, agent_id: str | NotGiven = NOT_GIVEN, source_id: str, target_id: str,
        relation: LinkRelation | Literal["related_to", "supersedes", "contradicts", "derived_from", "reflects_on", "derives_from"],
        valid_until: datetime.datetime | str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KgInvalidateResponse:  # fmt: skip
        """Invalidate a link

        Sets `valid_until` on the link `(source_id, target_id, relation)` (default now);
        `previous_valid_until` tells a fresh invalidation (`null`) from a repeated one. The caller
        must own the source memory (or be its `target_agent_id`; unowned legacy rows are open). The
        HTTP route fires **no** webhook (only the MCP `memory_kg_invalidate` tool fires
        `memory_link_invalidated`).

        ``POST /api/v1/kg/invalidate``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            source_id: Source memory id.
            target_id: Target memory id.
            relation: Relation of a link.
            valid_until: End of validity (default now).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _knowledge_graph_kg_invalidate.BINDING, locals())

    def kg_query(self, *, agent_id: str | NotGiven = NOT_GIVEN, source_id: str | NotGiven = NOT_GIVEN,
        from_: str | NotGiven = NOT_GIVEN, to: str | NotGiven = NOT_GIVEN,
        max_depth: int | NotGiven = NOT_GIVEN, valid_at: datetime.datetime | str | NotGiven = NOT_GIVEN,
        allowed_agents: Sequence[str] | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        include_invalidated: bool | NotGiven = NOT_GIVEN, rel_types: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KgQueryResponse:  # fmt: skip
        """Traverse the knowledge graph

        Walks outbound links from `source_id` (alias `from`; one of them is required) up to
        `max_depth` hops (default 1, at most 5; 0 or more than 5 gives 422), optionally only links
        valid at `valid_at` and observed by `allowed_agents` (an empty list matches nothing).
        `limit` defaults to 200 and is clamped to 1..1000. Invalidated links are skipped unless
        `include_invalidated`. Nodes whose target memory is invisible to the caller are dropped. On
        the default (SQLite) build `to` and `rel_types` are accepted but ignored, and `paths` is the
        list of `"<src>-><mid>-><target>"` chains, one per node.

        ``POST /api/v1/kg/query``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            source_id: Start memory id.
            from_: Alias of `source_id` (used when `source_id` is absent).
            to: Accepted but ignored by the default (SQLite) build.
            max_depth: Maximum hops (1..5).
            valid_at: Only links valid at this instant.
            allowed_agents: Only links observed by these agents (an empty list matches nothing).
            limit: Maximum nodes (clamped to 1..1000).
            include_invalidated: Also follow invalidated links.
            rel_types: Accepted but ignored by the default (SQLite) build.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _knowledge_graph_kg_query.BINDING, locals())

    def kg_find_paths(self, *, agent_id: str | NotGiven = NOT_GIVEN, source_id: str | NotGiven = NOT_GIVEN,
        from_id: str | NotGiven = NOT_GIVEN, target_id: str | NotGiven = NOT_GIVEN,
        to_id: str | NotGiven = NOT_GIVEN, max_depth: int | NotGiven = NOT_GIVEN,
        max_results: int | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FindPathsResponse:  # fmt: skip
        """Find paths between two memories

        Finds link paths from `source_id` (alias `from_id`) to `target_id` (alias `to_id`). Needs a
        daemon built with `--features sal`: the default (SQLite) build validates both ids and the
        `X-Agent-Id` header (400) and then always answers 501 `{"error":"find_paths requires
        --features sal"}`; the 200 and the JSON 422 (depth error) occur only on `sal` builds.

        ``POST /api/v1/kg/find_paths``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            source_id: Start memory id.
            from_id: Alias of `source_id`.
            target_id: End memory id.
            to_id: Alias of `target_id`.
            max_depth: Maximum path length.
            max_results: Maximum paths.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _knowledge_graph_kg_find_paths.BINDING, locals())

    def find_paths(self, *, agent_id: str | NotGiven = NOT_GIVEN, source_id: str | NotGiven = NOT_GIVEN,
        from_id: str | NotGiven = NOT_GIVEN, target_id: str | NotGiven = NOT_GIVEN,
        to_id: str | NotGiven = NOT_GIVEN, max_depth: int | NotGiven = NOT_GIVEN,
        max_results: int | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FindPathsResponse:  # fmt: skip
        """Find paths between two memories (alias route)

        Alias of `POST /api/v1/kg/find_paths` (same handler). The default (SQLite) build validates
        both ids and the `X-Agent-Id` header (400) and then always answers 501 `{"error":"find_paths
        requires --features sal"}`; the 200 occurs only on `sal` builds.

        ``POST /api/v1/find_paths``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            source_id: Start memory id.
            from_id: Alias of `source_id`.
            target_id: End memory id.
            to_id: Alias of `target_id`.
            max_depth: Maximum path length.
            max_results: Maximum paths.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _knowledge_graph_find_paths.BINDING, locals())

    def link(self, source_id: str, target_id: str,
        relation: LinkRelation | Literal["related_to", "supersedes", "contradicts", "derived_from", "reflects_on", "derives_from"] | NotGiven = NOT_GIVEN,
        *, agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> LinkCreated:  # fmt: skip
        """Link two memories

        Creates a typed link from `source_id` to `target_id`. The caller must own the source memory.
        The body is parsed by hand: the aliases `from`, `to` and `rel_type` are accepted for
        `source_id`, `target_id` and `relation`, and any other key gives 400
        `{"error":"unknown_field","fields":[...]}`; an unknown relation gives 400
        `{"error":"invalid_relation","got":...,"allowed":[...]}`; a self-link gives 400. Counts
        against the `links_per_day` quota. Fires the `memory_link_created` webhook.

        ``POST /api/v1/links``

        Args:
            source_id: Source memory id (must be owned by the caller).
            target_id: Target memory id (must differ from the source).
            relation: Relation of a link.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _links_link.BINDING, locals())

    def unlink(self, *, agent_id: str | NotGiven = NOT_GIVEN, source_id: str, target_id: str,
        relation: LinkRelation | Literal["related_to", "supersedes", "contradicts", "derived_from", "reflects_on", "derives_from"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UnlinkResponse:  # fmt: skip
        """Delete a link

        Deletes the link described by the body (same body, aliases and 400s as `POST
        /api/v1/links`). The caller must own the source or the target memory (or be the source's
        `target_agent_id`); when both endpoints are unowned legacy rows, or missing, anyone may
        delete. Otherwise 403 `{"error":"caller does not own either endpoint of this
        link","source_owner","target_owner"}`. `deleted` is false when no such link existed.

        ``DELETE /api/v1/links``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            source_id: Source memory id (must be owned by the caller).
            target_id: Target memory id (must differ from the source).
            relation: Relation of a link.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _links_unlink.BINDING, locals())

    def get_links(self, id: str, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> LinksResponse:  # fmt: skip
        """List a memory's links

        Returns every link where the memory is the source or the target. Links to memories invisible
        to the caller are filtered out unless the caller is admin.

        ``GET /api/v1/links/{id}``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most 128
                bytes of `[A-Za-z0-9_:.@-]`, no `..`.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _links_get_links.BINDING, locals())

    def verify_link(self, *, agent_id: str | NotGiven = NOT_GIVEN, source_id: str | NotGiven = NOT_GIVEN,
        target_id: str | NotGiven = NOT_GIVEN, link_id: str | NotGiven = NOT_GIVEN,
        verification_nonce: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:  # fmt: skip
        """Verify a link attestation

        Re-verifies a stored link's signature and reports its attest level. Either `source_id` (with
        optional `target_id`) or `link_id` (`"<source_id>|<target_id>|<relation>"`) is required
        (else 400 with `fields`); ids are validated (400). Needs a daemon built with `--features
        sal`: after validation the default (SQLite) build always answers 501 `{"error":"verify_link
        requires --features sal"}`. The 200 body (`{verified, attest_level, signature_present,
        observed_by, source_id, target_id, relation, findings}`) and the 409 replay answer occur
        only on `sal` builds.

        ``POST /api/v1/links/verify``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            source_id: Source memory id.
            target_id: Target memory id.
            link_id: Canonical link id `"<source_id>|<target_id>|<relation>"` (alternative to
                `source_id`).
            verification_nonce: Fresh nonce (e.g. a UUID v4) per call; a repeated `(link, nonce)`
                pair gives 409 on `sal` builds.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _links_verify_link.BINDING, locals())

    def check_duplicate(self, *, agent_id: str | NotGiven = NOT_GIVEN, title: str, content: str,
        namespace: str | NotGiven = NOT_GIVEN, threshold: float | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CheckDuplicateResponse:  # fmt: skip
        """Check for a near-duplicate memory

        Embeds `title + content` and returns the nearest existing memory by cosine similarity. Needs
        the embedder (semantic tier or above), else 503. A nearest memory invisible to a non-admin
        caller is hidden.

        ``POST /api/v1/check_duplicate``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            title: Candidate title.
            content: Candidate content.
            namespace: Only compare within this namespace.
            threshold: Similarity threshold (floor 0.5).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _llm_check_duplicate.BINDING, locals())

    def auto_tag(self, *, agent_id: str | NotGiven = NOT_GIVEN, memory_id: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN, content: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AutoTagResponse:  # fmt: skip
        """Suggest tags with the LLM

        Asks the configured LLM for tags for a stored memory (`memory_id`, preferred; 404 `memory
        not found: <id>`) or for `title` + `content` (neither: 400 `auto_tag requires memory_id
        (preferred) or title+content`). Without an LLM (the default configuration, keyword tier)
        every well-formed body gets 503 `{"error":"LLM not configured"}` before any other check; 502
        when the LLM call fails.

        ``POST /api/v1/auto_tag``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            memory_id: Memory to tag.
            title: Title to tag.
            content: Content to tag.
            namespace: Namespace.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _llm_auto_tag.BINDING, locals())

    def expand_query(self, *, agent_id: str | NotGiven = NOT_GIVEN, query: str,
        namespace: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ExpandQueryResponse:  # fmt: skip
        """Expand a query with the LLM

        Asks the configured LLM for related search terms. Without an LLM (the default configuration)
        every well-formed body gets 503 `{"error":"LLM not configured"}` before any other check; a
        blank `query` is 400 `query is required`; 502 when the LLM call fails.

        ``POST /api/v1/expand_query``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            query: The query.
            namespace: Namespace context.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _llm_expand_query.BINDING, locals())

    def list(self, *, namespace: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, offset: int | NotGiven = NOT_GIVEN,
        min_priority: int | NotGiven = NOT_GIVEN, since: str | NotGiven = NOT_GIVEN,
        until: str | NotGiven = NOT_GIVEN, tags: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Memory]:  # fmt: skip
        """List memories

        Lists non-expired memories, ordered by `priority` descending then `updated_at` descending.
        Offset pagination only: there is no cursor and no total count. `count` is the length of the
        returned page; because rows invisible to the caller are dropped after `LIMIT`, `count` can
        be smaller than `limit` even when more rows exist.

        ``GET /api/v1/memories``

        Args:
            namespace: Only memories in exactly this namespace (not validated; a namespace that
                cannot exist matches nothing).
            tier: Only memories in this tier (an unknown value gives a text/plain 400).
            limit: Page size. Values above 1000 are capped at 1000.
            offset: Number of rows to skip.
            min_priority: Only memories with at least this priority.
            since: Only memories created at or after this timestamp (compared lexically with
                `created_at`, so use the same RFC 3339 form).
            until: Only memories created at or before this timestamp (compared lexically with
                `created_at`).
            tags: A single tag; matches memories that carry exactly this tag (not a comma-separated
                list).
            agent_id: Only memories whose `metadata.agent_id` equals this id (validated; a bad id
                gives 400 `invalid agent_id filter`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _memories_list_.BINDING, locals())

    def store(self, *, title: str, content: str,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN, tags: Sequence[str] | NotGiven = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN, confidence: float | NotGiven = NOT_GIVEN,
        source: Source | Literal["user", "claude", "hook", "api", "cli", "import", "consolidation", "system", "chaos", "notify", "nhi"] | NotGiven = NOT_GIVEN,
        expires_at: datetime.datetime | str | NotGiven = NOT_GIVEN, ttl_secs: int | NotGiven = NOT_GIVEN,
        metadata: CreateMemoryMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        scope: Scope | Literal["private", "team", "unit", "org", "collective"] | NotGiven = NOT_GIVEN,
        on_conflict: OnConflict | Literal["error", "merge", "version"] | NotGiven = NOT_GIVEN,
        detect_conflicts: bool | NotGiven = NOT_GIVEN, force: bool | NotGiven = NOT_GIVEN,
        citations: Sequence[Citation | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        source_uri: str | NotGiven = NOT_GIVEN,
        source_span: SourceSpan | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        kind: MemoryKind | Literal["observation", "reflection", "persona", "concept", "entity", "claim", "relation", "event", "conversation", "decision"] | NotGiven = NOT_GIVEN,
        signature: str | NotGiven = NOT_GIVEN, created_at: datetime.datetime | str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreateMemoryResponse | GovernancePending:  # fmt: skip
        """Create a memory

        Creates a memory. By default a second memory with the same `(title, namespace)` is rejected
        with 409 (`on_conflict: error`); `on_conflict: merge` upserts on `(title, namespace)` and
        returns the existing row's id, `on_conflict: version` stores the title as `"<title> (<n>)"`.
        `metadata.agent_id` is stamped with the caller. Every body rejection (missing field,
        malformed JSON, wrong type, wrong content type, oversize body) is a 400 JSON
        `{"error","fields"}` on this route, never a text/plain 413/415/422. Fires the `memory_store`
        webhook.

        ``POST /api/v1/memories``

        Args:
            title: Title; trimmed, not empty, at most 512 characters, no control characters except
                newline and tab.
            content: Content; not blank, at most 65536 bytes, no control characters except newline
                and tab.
            tier: Memory tier. Default TTLs are short 6 h, mid 7 days, long none.
            namespace: Namespace; no spaces, backslashes or control characters, no leading or
                trailing `/`, no empty, `.` or `..` segments, depth at most 8.
            tags: Tags (at most 50).
            priority: Priority 1 to 10.
            confidence: Confidence 0.0 to 1.0.
            source: Allowed values of a memory's `source` on create (at most 64 bytes).
            expires_at: Explicit expiry; must not be in the past. Wins over `ttl_secs` and the tier
                TTL.
            ttl_secs: Time to live in seconds (at most one year).
            metadata: Free-form metadata (an object of at most 65536 bytes serialised, nesting depth
                at most 32). `metadata.agent_id`, if given, must equal the caller.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            scope: Visibility scope, stored in `metadata.scope`. Absent means `private`.
            on_conflict: What to do when a memory with the same `(title, namespace)` exists: `error`
                (409), `merge` (upsert) or `version` (store as `"<title> (<n>)"`).
            detect_conflicts: Run the LLM contradiction probe (default from the daemon's
                `autonomous_hooks`).
            force: Bypass the proactive near-duplicate 409.
            citations: Citations (at most 64).
            source_uri: Source document URI with prefix `uri:`, `doc:` or `file:`.
            source_span: Byte range in the source document (`start` < `end`).
            kind: Kind of memory.
            signature: Standard-base64 Ed25519 attestation signature; requires `created_at`.
            created_at: Signing time; only together with `signature` (within 300 s of the daemon's
                clock).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _memories_store.BINDING, locals())

    def bulk_store(self, memories: Sequence[CreateMemory | Mapping[str, Any]], *,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BulkCreateResponse:  # fmt: skip
        """Create or upsert many memories

        Creates up to 1000 memories from a bare JSON array (not wrapped in an object). Each row is
        validated like a single create and then **upserted on `(title, namespace)`**; there is no
        per-row `on_conflict`, governance or quota handling. Rows that fail are reported as
        sanitised strings in `errors` (`validation failed`, `conflict: already exists`, `not found`,
        `forbidden`, `replication unavailable`, `internal error`); federation fan-out failures are
        appended as `"<id>: <err>"` or `"catchup to <peer>: <err>"`. The 2 MiB body limit may
        trigger before the 1000-item limit.

        ``POST /api/v1/memories/bulk``

        Args:
            memories: the whole request body.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _memories_bulk_store.BINDING, locals())

    def get(self, id: str, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryWithLinks:  # fmt: skip
        """Get a memory and its links

        Returns the memory (resolved by exact id or a unique id prefix) together with every link
        where it is the source or the target. A private memory that is not visible to the caller
        gives 404. The SDK method returns the memory with `links` merged in (`MemoryWithLinks`).

        ``GET /api/v1/memories/{id}``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most 128
                bytes of `[A-Za-z0-9_:.@-]`, no `..`.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _memories_get.BINDING, locals())

    def update(self, id: str, body: UpdateMemory | Mapping[str, Any] | None = None, *,
        if_match: str | NotGiven = NOT_GIVEN, title: str | NotGiven = NOT_GIVEN,
        content: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN, tags: Sequence[str] | NotGiven = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN, confidence: float | NotGiven = NOT_GIVEN,
        expires_at: datetime.datetime | str | NotGiven = NOT_GIVEN,
        metadata: UpdateMemoryMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        source_uri: str | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Memory | None:  # fmt: skip
        """Update a memory

        Partially updates a memory: absent fields are left unchanged. Only the owner (the memory's
        `metadata.agent_id`) may update, except for legacy unowned rows. `metadata.agent_id` is
        immutable. The embedding is regenerated when `title` or `content` change. With `If-Match:
        <version>` the update only applies when the stored `version` matches (409 otherwise).
        Returns the full updated memory, or `null` when the re-read after the write fails. No
        webhook is fired.

        ``PUT /api/v1/memories/{id}``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most 128
                bytes of `[A-Za-z0-9_:.@-]`, no `..`.
            body: the whole request body, as a model or a dict; keyword arguments override its
                fields.
            if_match: Expected current `version` of the memory (an integer, optionally quoted). When
                it differs the update is refused with 409.
            title: New title.
            content: New content.
            tier: Memory tier. Default TTLs are short 6 h, mid 7 days, long none.
            namespace: New namespace.
            tags: New tags (replace the old ones).
            priority: New priority.
            confidence: New confidence.
            expires_at: New expiry (may be in the past).
            metadata: New metadata (`agent_id` is preserved).
            source_uri: New source URI.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _memories_update.BINDING, locals())

    def delete(self, id: str, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DeleteMemoryResponse | GovernancePending:  # fmt: skip
        """Delete a memory

        Deletes a memory. Only the owner, the inbox target (`metadata.target_agent_id`) or the
        caller `daemon` may delete. A governance policy may turn the delete into a pending action
        (202). Fires the `memory_delete` webhook.

        ``DELETE /api/v1/memories/{id}``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most 128
                bytes of `[A-Za-z0-9_:.@-]`, no `..`.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _memories_delete.BINDING, locals())

    def promote(self, id: str, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PromoteResponse | GovernancePending:  # fmt: skip
        """Promote a memory to the long tier

        Promotes a memory to tier `long` and clears its `expires_at`. Takes no body. Same ownership
        and governance rules as delete. Fires the `memory_promote` webhook.

        ``POST /api/v1/memories/{id}/promote``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most 128
                bytes of `[A-Za-z0-9_:.@-]`, no `..`.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _memories_promote.BINDING, locals())

    def lineage(self, id: str, *,
        direction: LineageDirection | Literal["ancestors", "descendants"] | NotGiven = NOT_GIVEN,
        max_depth: int | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> LineageResponse:  # fmt: skip
        """Walk a memory's lineage

        Walks the derivation lineage of a memory (ancestors or descendants), including tombstoned
        ancestors. **Not served by v0.7.0**: added in v0.9.0 (#1859); a v0.7.0 daemon answers 404
        with an empty body. The shape is taken from the published SDK; the full server contract of
        later versions was not reviewed.

        ``GET /api/v1/memories/{id}/lineage``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most 128
                bytes of `[A-Za-z0-9_:.@-]`, no `..`.
            direction: Walk towards ancestors (default) or descendants.
            max_depth: Maximum number of hops (server ceiling 5).
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _memories_lineage.BINDING, locals())

    def consolidate(self, *, ids: Sequence[str], title: str, summary: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, use_llm: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConsolidateResponse:  # fmt: skip
        """Consolidate memories into one

        Merges 2 to 100 memories into a new memory (tier `long` by default) and fires the
        `memory_consolidated` webhook. Without `summary` the daemon writes one (LLM summary if an
        LLM is configured, else `Consolidated summary of <n> memories: <titles joined by "; ">`);
        `use_llm` is ignored. A body `agent_id` other than the caller is a 403.

        ``POST /api/v1/consolidate``

        Args:
            ids: Memories to merge (2 to 100, no duplicates).
            title: Title of the new memory.
            summary: Content of the new memory. When absent or empty the daemon writes it: with an
                LLM configured, an LLM summary of the sources; otherwise `Consolidated summary of
                <n> memories: <title>; <title>...`.
            namespace: Namespace of the new memory.
            tier: Memory tier. Default TTLs are short 6 h, mid 7 days, long none.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            use_llm: Accepted for MCP parity but ignored by the HTTP route (the LLM is used whenever
                one is configured and `summary` is absent).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _memories_consolidate.BINDING, locals())

    def share(self, *, agent_id: str | NotGiven = NOT_GIVEN, source_memory_id: str, target_agent_id: str,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ShareResponse:  # fmt: skip
        """Share a memory with an agent

        Copies a memory (exact id or unique prefix) into the shared namespace
        `_shared/<owner>→<target_agent_id>/` as a new memory (source `shared`, owned by the target,
        `metadata.shared_from_*` set) and returns the new id (MCP `memory_share`). No ownership or
        visibility check is made on the source. Every tool error (invalid ids, `source memory <id>
        not found`) is a 400.

        ``POST /api/v1/share``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            source_memory_id: Memory to share.
            target_agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no
                leading `/`, not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _memories_share.BINDING, locals())

    def notify(self, request: NotifyRequest | Mapping[str, Any] | None = None, *,
        target_agent_id: str | NotGiven = NOT_GIVEN, title: str | NotGiven = NOT_GIVEN,
        payload: str | NotGiven = NOT_GIVEN, content: str | NotGiven = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> NotifyResponse:  # fmt: skip
        """Send a message to an agent

        Stores a message for `target_agent_id` in namespace `_messages/<target>` (source `notify`,
        tag `_message`). `from` is not the raw caller: it is the daemon's `AI_MEMORY_AGENT_ID` if
        set, else `ai:<sanitised caller>@<hostname>:pid-<pid>`.

        ``POST /api/v1/notify``

        Args:
            request: the whole request body, as a model or a dict; keyword arguments override its
                fields.
            target_agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no
                leading `/`, not a reserved id).
            title: Message title.
            payload: Message body.
            content: Alias of `payload`.
            priority: Priority (clamped to 1..10).
            tier: Memory tier. Default TTLs are short 6 h, mid 7 days, long none.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _messaging_notify.BINDING, locals())

    def inbox(self, *, agent_id: str | NotGiven = NOT_GIVEN, unread_only: bool | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> InboxResponse:  # fmt: skip
        """Read an inbox

        Lists messages sent to the caller. A message is unread while its `access_count` is 0.

        ``GET /api/v1/inbox``

        Args:
            agent_id: Inbox owner; must equal the caller (403 otherwise).
            unread_only: Only unread messages.
            limit: Maximum messages.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _messaging_inbox.BINDING, locals())

    def namespaces(self, *, namespace: str | NotGiven = NOT_GIVEN, inherit: bool | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> NamespaceList | NamespaceStandard:  # fmt: skip
        """List namespaces, or get a namespace standard

        Without `namespace`: lists namespaces with their count of non-expired memories, sorted by
        count descending (admin only). With `namespace`: returns that namespace's standard (the MCP
        `memory_namespace_get_standard` output; with `inherit=true` the whole parent chain).

        ``GET /api/v1/namespaces``

        Args:
            namespace: When given, return this namespace's standard instead of the list.
            inherit: With `namespace`, also return the standards inherited from parent namespaces.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _namespaces_namespaces.BINDING, locals())

    def set_namespace_standard_qs(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        standard: OpenObject | Mapping[str, Any] | NotGiven = NOT_GIVEN, id: str | NotGiven = NOT_GIVEN,
        parent: str | NotGiven = NOT_GIVEN,
        governance: GovernancePolicy | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> NamespaceStandardSetResult:  # fmt: skip
        """Set a namespace standard

        Sets (or replaces) a namespace's standard memory, parent and governance policy; answers
        **201** `{"set": true, "namespace", "standard_id", "parent"?, "governance"?}`. The namespace
        comes from the body (`namespace`, or `standard.namespace`; neither is 400 `namespace is
        required`). Replacing a standard whose memory another agent owns is a 403; every MCP tool
        error is a 400.

        ``POST /api/v1/namespaces``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            namespace: Target namespace (query-string form).
            standard: A JSON object whose shape is not fixed by this document (MCP tool params or
                output, or a shape not determined from the server source).
            id: Id of the memory that holds the standard.
            parent: Parent namespace for inheritance.
            governance: A namespace governance policy (core policy; other optional sub-policies are
                flattened in and kept as extra keys).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _namespaces_set_namespace_standard_qs.BINDING, locals())

    def clear_namespace_standard_qs(self, *, namespace: str, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> NamespaceStandardClearedResult:  # fmt: skip
        """Clear a namespace standard

        Clears the standard of the namespace given in the query string: 200 `{"cleared": <whether
        one was set>, "namespace"}`.

        ``DELETE /api/v1/namespaces``

        Args:
            namespace: Namespace whose standard is cleared.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _namespaces_clear_namespace_standard_qs.BINDING, locals())

    def get_namespace_standard(self, *, ns: str, inherit: bool | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> NamespaceStandard:  # fmt: skip
        """Get a namespace standard

        Returns the namespace's standard (MCP `memory_namespace_get_standard` output).

        ``GET /api/v1/namespaces/{ns}/standard``

        Args:
            ns: The namespace; hierarchical namespaces must percent-encode `/` as `%2F`.
            inherit: Also return the standards inherited from parent namespaces.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _namespaces_get_namespace_standard.BINDING, locals())

    def set_namespace_standard(self, *, ns: str, agent_id: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        standard: OpenObject | Mapping[str, Any] | NotGiven = NOT_GIVEN, id: str | NotGiven = NOT_GIVEN,
        parent: str | NotGiven = NOT_GIVEN,
        governance: GovernancePolicy | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> NamespaceStandardSetResult:  # fmt: skip
        """Set a namespace standard (path form)

        Sets the standard of the namespace in the path; same rules and answers as `POST
        /api/v1/namespaces` (201 on success).

        ``POST /api/v1/namespaces/{ns}/standard``

        Args:
            ns: The namespace; hierarchical namespaces must percent-encode `/` as `%2F`.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            namespace: Target namespace (query-string form).
            standard: A JSON object whose shape is not fixed by this document (MCP tool params or
                output, or a shape not determined from the server source).
            id: Id of the memory that holds the standard.
            parent: Parent namespace for inheritance.
            governance: A namespace governance policy (core policy; other optional sub-policies are
                flattened in and kept as extra keys).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _namespaces_set_namespace_standard.BINDING, locals())

    def clear_namespace_standard(self, *, ns: str, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> NamespaceStandardClearedResult:  # fmt: skip
        """Clear a namespace standard (path form)

        Clears the standard of the namespace in the path: 200 `{"cleared": <whether one was set>,
        "namespace"}`.

        ``DELETE /api/v1/namespaces/{ns}/standard``

        Args:
            ns: The namespace; hierarchical namespaces must percent-encode `/` as `%2F`.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _namespaces_clear_namespace_standard.BINDING, locals())

    def taxonomy(self, *, prefix: str | NotGiven = NOT_GIVEN, root: str | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TaxonomyResponse:  # fmt: skip
        """Namespace taxonomy tree

        Returns the namespace hierarchy as a tree with memory counts. Admin only.

        ``GET /api/v1/taxonomy``

        Args:
            prefix: Root namespace of the returned subtree (alias `root`).
            root: Alias of `prefix`.
            depth: Maximum tree depth.
            limit: Maximum number of namespaces scanned.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _namespaces_taxonomy.BINDING, locals())

    def memory_smart_load(self, *, agent_id: str | NotGiven = NOT_GIVEN, intent: str,
        namespace: str | NotGiven = NOT_GIVEN, k: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemorySmartLoadResponse:  # fmt: skip
        """Smart context load (MCP `memory_smart_load`)

        Routes a free-text `intent` (required, else 400 `intent is required`) to the best-matching
        tool family (keyword overlap with the family descriptors, or the embedder when one is
        loaded; a blank intent falls back to `core`) and returns that family's memories as
        `memory_load_family` does (`namespace`, `k` default 20 clamped to 1..100). Response:
        `chosen_family`, `score` (3 decimals), `chosen_family_source` (`keyword`, `embedder` or
        `fallback`), `intent`, `namespace`, `k`, `count`, `memories` (full memories). MCP-parity
        route: the body is the tool's params object, the 200 body is the tool's JSON output, and a
        tool error is a 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_smart_load``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            intent: What the agent is about to do, in free text; trimmed. A blank intent routes to
                `core` (`chosen_family_source` `fallback`).
            namespace: Namespace (default every namespace); validated like a memory's namespace.
            k: Maximum memories (the daemon clamps other values to 1..100).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _parity_memory_smart_load.BINDING, locals())

    def memory_reflect(self, *, source_ids: Sequence[str], title: str, content: str,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN, priority: int | NotGiven = NOT_GIVEN,
        confidence: float | NotGiven = NOT_GIVEN, tags: Sequence[str] | NotGiven = NOT_GIVEN,
        metadata: MemoryReflectRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryReflectResult | MemoryReflectPending:  # fmt: skip
        """Write a reflection (MCP `memory_reflect`)

        Creates a reflection memory over `source_ids` (required, non-empty array of memory ids) with
        `title` and `content` (required); optional `tier` (default `mid`), `namespace`, `priority`
        (5), `confidence` (1.0), `tags`, `metadata`, `depth`, `agent_id`. Response `{id,
        reflection_depth, reflects_on, namespace}`; when a namespace policy requires approval above
        a depth, `{status: "pending", pending_id, reason, action: "reflect", namespace,
        proposed_depth, require_approval_above_depth}`. MCP-parity route: the body is the tool's
        params object, the 200 body is the tool's JSON output, and a tool error is a 400 `{"error":
        "<message>"}`.

        ``POST /api/v1/memory_reflect``

        Args:
            source_ids: The memories reflected on (one `reflects_on` link each); every id must
                exist.
            title: Title of the reflection.
            content: Content of the reflection.
            tier: Memory tier. Default TTLs are short 6 h, mid 7 days, long none.
            namespace: Target namespace (default the first source's namespace).
            priority: Priority 1 to 10.
            confidence: Confidence 0.0 to 1.0.
            tags: Tags (at most 50; non-string items are dropped).
            metadata: Metadata merged with the reflection metadata (caller keys win);
                `metadata.agent_id` is the writer when `agent_id` is absent.
            depth: Expected reflection depth; must equal 1 + the deepest source's depth (400
                `CALLER_DEPTH_MISMATCH` otherwise).
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _parity_memory_reflect.BINDING, locals())

    def memory_recall_observations(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        recall_id: str | NotGiven = NOT_GIVEN, consumed: bool | NotGiven = NOT_GIVEN,
        since: str | NotGiven = NOT_GIVEN, until: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryRecallObservationsResponse:  # fmt: skip
        """Recall observations (MCP `memory_recall_observations`)

        Lists recall observations (one row per memory returned by an MCP `memory_recall` call; the
        HTTP `POST /api/v1/recall` records none), optionally filtered by `recall_id`, `consumed`
        (bool), `since`/`until` (RFC 3339); `limit` defaults to 200 (at most 1000). Every param is
        optional. Response `{observations: [...], count}`. MCP-parity route: the body is the tool's
        params object, the 200 body is the tool's JSON output, and a tool error is a 400 `{"error":
        "<message>"}`.

        ``POST /api/v1/memory_recall_observations``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            recall_id: Only the observations of this recall (blank = no filter).
            consumed: Only observations whose memory was (or was not) cited afterwards.
            since: Earliest `observed_at` (RFC 3339, compared as text; blank = no filter).
            until: Latest `observed_at` (RFC 3339, compared as text; blank = no filter).
            limit: Maximum observations (larger values are capped at 1000).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _parity_memory_recall_observations.BINDING, locals())

    def memory_reflection_origin(self, *, agent_id: str | NotGiven = NOT_GIVEN, memory_id: str,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryReflectionOriginResponse:  # fmt: skip
        """Origin of a reflection (MCP `memory_reflection_origin`)

        Federation provenance of a memory: `memory_id` is required (400 `memory_id is required`; 400
        `memory not found: <id>`). Response `{memory_id, peer_origin, signing_agent, original_depth,
        local_depth_at_arrival, is_reflection}`: `signing_agent` is the memory's
        `metadata.agent_id`; `peer_origin` and `local_depth_at_arrival` are `null` unless the row
        arrived by sync; `is_reflection` means `reflection_depth` > 0. MCP-parity route: the body is
        the tool's params object, the 200 body is the tool's JSON output, and a tool error is a 400
        `{"error": "<message>"}`.

        ``POST /api/v1/memory_reflection_origin``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            memory_id: The memory id (not empty).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _parity_memory_reflection_origin.BINDING, locals())

    def memory_dependents_of_invalidated(self, *, agent_id: str | NotGiven = NOT_GIVEN, memory_id: str,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryDependentsResponse:  # fmt: skip
        """Dependents of invalidated memories (MCP `memory_dependents_of_invalidated`)

        Lists the memories (reflections) that depend on an invalidated memory: `memory_id` is
        required. Response `{memory_id, count, dependents: [{id, namespace}]}`. MCP-parity route:
        the body is the tool's params object, the 200 body is the tool's JSON output, and a tool
        error is a 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_dependents_of_invalidated``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            memory_id: The memory id (not empty).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _parity_memory_dependents_of_invalidated.BINDING, locals())

    def memory_export_reflection(self, *, agent_id: str | NotGiven = NOT_GIVEN, memory_id: str,
        format: MemoryExportReflectionRequestFormat | Literal["md", "markdown", "json"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryExportReflectionResponse:  # fmt: skip
        """Export a reflection (MCP `memory_export_reflection`)

        Renders a reflection with its `reflects_on` sources for export: `memory_id` is required,
        `format` is `md` (default, alias `markdown`) or `json`. 400 `memory not found: <id>`,
        `memory is not a reflection: <id>` or an unsupported format. Response `{content,
        suggested_filename}`. MCP-parity route: the body is the tool's params object, the 200 body
        is the tool's JSON output, and a tool error is a 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_export_reflection``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            memory_id: A reflection memory's id.
            format: `md` (alias `markdown`: YAML front matter and the content) or `json`;
                case-insensitive.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _parity_memory_export_reflection.BINDING, locals())

    def memory_atomise(self, *, agent_id: str | NotGiven = NOT_GIVEN, memory_id: str,
        max_atom_tokens: int | NotGiven = NOT_GIVEN, force_re_atomise: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryAtomiseTierLocked:  # fmt: skip
        """Atomise a memory (MCP `memory_atomise`)

        Splits a memory into atoms with the curator LLM. `memory_id` is required (400),
        `max_atom_tokens` must be an integer in 50..1000 (default 200), `force_re_atomise` a
        boolean. The HTTP route never passes an LLM to the tool, so after validation every daemon
        answers 200 with the tier-locked body `{"tier-locked": "memory_atomise requires smart tier
        or higher", current_tier, required_tier: "smart"}`. MCP-parity route: the body is the tool's
        params object, the 200 body is the tool's JSON output, and a tool error is a 400 `{"error":
        "<message>"}`.

        ``POST /api/v1/memory_atomise``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            memory_id: The memory to split.
            max_atom_tokens: Maximum tokens per atom.
            force_re_atomise: Split again a memory that was already split.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _parity_memory_atomise.BINDING, locals())

    def memory_calibrate_confidence(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        days: int | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryCalibrateConfidenceResponse:  # fmt: skip
        """Calibrate confidence (MCP `memory_calibrate_confidence`)

        Computes per-source confidence baselines from the recall shadow log over the last `days`
        (default 30; 0 or less gives 400 `days must be a positive integer`). Response `{report:
        {window_days, total_observations, baselines: [...]}}`. MCP-parity route: the body is the
        tool's params object, the 200 body is the tool's JSON output, and a tool error is a 400
        `{"error": "<message>"}`.

        ``POST /api/v1/memory_calibrate_confidence``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            days: Window in days (0 or less is 400 `days must be a positive integer`; a non-integer
                means 30).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _parity_memory_calibrate_confidence.BINDING, locals())

    def memory_verify(self, *, agent_id: str | NotGiven = NOT_GIVEN, link_id: str | NotGiven = NOT_GIVEN,
        source_id: str | NotGiven = NOT_GIVEN, target_id: str | NotGiven = NOT_GIVEN,
        relation: LinkRelation | Literal["related_to", "supersedes", "contradicts", "derived_from", "reflects_on", "derives_from"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryVerifyResponse:  # fmt: skip
        """Verify a memory (MCP `memory_verify`)

        Verifies a link's signature: `link_id` (`source_id--relation-->target_id`) or `source_id` +
        `target_id` (+ `relation`, default `related_to`) is required. 400 when the link does not
        exist (`link not found: (...)`) or the triple is invalid. Response `{signature_verified,
        attest_level, signed_by, signed_at}` (`signed_by`/`signed_at` null for unsigned links).
        MCP-parity route: the body is the tool's params object, the 200 body is the tool's JSON
        output, and a tool error is a 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_verify``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            link_id: `<source_id>--<relation>--><target_id>`; wins over the other fields.
            source_id: Source of the link (required without `link_id`).
            target_id: Target of the link (required without `link_id`).
            relation: Relation of a link.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _parity_memory_verify.BINDING, locals())

    def memory_replay(self, *, memory_id: str, verbose: bool | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryReplayResult | MemoryReplayAsk:  # fmt: skip
        """Replay events (MCP `memory_replay`)

        Replays the capture transcripts linked to a memory (and its ancestors up to `depth`).
        `memory_id` is required and validated; `verbose` adds the transcript text; a body `agent_id`
        must match `X-Agent-Id` (400 otherwise) and the caller becomes the replaying agent. Response
        `{memory_id, transcripts: [...], count}`; a governance `ask` gives `{status: "ask", reason,
        action: "replay", memory_id}`. MCP-parity route: the body is the tool's params object, the
        200 body is the tool's JSON output, and a tool error is a 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_replay``

        Args:
            memory_id: The memory (validated as an id).
            verbose: Include the text of transcripts over 100 KB (else `truncated`).
            depth: For a reflection, how many `reflects_on` hops to follow (absent = all; negative
                values mean 0).
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _parity_memory_replay.BINDING, locals())

    def memory_subscription_replay(self, *, subscription_id: str, since: str,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemorySubscriptionReplayResponse:  # fmt: skip
        """Replay webhook deliveries (MCP `memory_subscription_replay`)

        Replays the recorded events of a subscription since an RFC 3339 instant: `subscription_id`
        and `since` are required (400). Only the subscription's owner gets events, anyone else an
        empty list; over HTTP the tool compares the owner with `ai:<sanitised X-Agent-Id>@<daemon
        host>:pid-<pid>` (or the daemon's `AI_MEMORY_AGENT_ID`), never with the raw `X-Agent-Id`
        that a subscription created over HTTP records, so in practice the HTTP route answers with no
        events. Response `{subscription_id, since, count, events: [...]}`. MCP-parity route: the
        body is the tool's params object, the 200 body is the tool's JSON output, and a tool error
        is a 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_subscription_replay``

        Args:
            subscription_id: The subscription.
            since: Earliest delivery time (RFC 3339, compared as text).
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _parity_memory_subscription_replay.BINDING, locals())

    def memory_subscription_dlq_list(self, *, subscription_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemorySubscriptionDlqListResponse:  # fmt: skip
        """List dead-lettered deliveries (MCP `memory_subscription_dlq_list`)

        Lists dead-lettered webhook deliveries of the caller's subscriptions, optionally of one
        `subscription_id`; `limit` defaults to 100 (clamped to 1..1000). Over HTTP the tool's caller
        is `ai:<sanitised X-Agent-Id>@<daemon host>:pid-<pid>` (or the daemon's
        `AI_MEMORY_AGENT_ID`), which never equals the raw `X-Agent-Id` recorded as the owner of a
        subscription created over HTTP, so in practice the list is empty. Response `{count,
        subscription_id, limit, entries: [...]}` (`subscription_id` null when not given). MCP-parity
        route: the body is the tool's params object, the 200 body is the tool's JSON output, and a
        tool error is a 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_subscription_dlq_list``

        Args:
            subscription_id: Only this subscription's dead letters.
            limit: Maximum entries (clamped to 1..1000).
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _parity_memory_subscription_dlq_list.BINDING, locals())

    def memory_rule_list(self, *, agent_id: str | NotGiven = NOT_GIVEN, kind: str | NotGiven = NOT_GIVEN,
        enabled_only: bool | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryRuleListResponse:  # fmt: skip
        """List rules (MCP `memory_rule_list`)

        Lists the governance rules that `memory_check_agent_action` applies, optionally of one
        `kind`, or only enabled (and, when enforced, validly signed) ones with `enabled_only`. A new
        daemon has the four seed rules R001-R004 (`/tmp`, `/var/tmp`, `/private/tmp` writes and
        `cargo` on low disk), disabled; no HTTP route adds or enables rules. Response `{count,
        rules: [{id, kind, matcher, severity, reason, namespace, created_by, created_at, enabled,
        signature_b64, attest_level}]}`. MCP-parity route: the body is the tool's params object, the
        200 body is the tool's JSON output, and a tool error is a 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_rule_list``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            kind: Only rules of this kind (`bash`, `filesystem_write`, `network_request`,
                `process_spawn`, `custom`).
            enabled_only: Only enabled rules (and, when an operator key is configured, only validly
                signed ones).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _parity_memory_rule_list.BINDING, locals())

    def memory_check_agent_action(self, *,
        kind: AgentActionKind | Literal["bash", "filesystem_write", "network_request", "process_spawn", "custom"],
        command: str | NotGiven = NOT_GIVEN, cwd: str | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN, byte_estimate: int | NotGiven = NOT_GIVEN,
        host: str | NotGiven = NOT_GIVEN, scheme: str | NotGiven = NOT_GIVEN,
        binary: str | NotGiven = NOT_GIVEN, args: Sequence[str] | NotGiven = NOT_GIVEN,
        custom_kind: str | NotGiven = NOT_GIVEN, kind_inner: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryCheckAgentActionResponse:  # fmt: skip
        """Check an agent action (MCP `memory_check_agent_action`)

        Checks an agent action against the governance rules. `kind` is required: `bash` (needs
        `command`, optional `cwd`), `filesystem_write` (`path`, `byte_estimate`), `network_request`
        (`host`, `scheme` default `https`), `process_spawn` (`binary`, `args`) or `custom`
        (`custom_kind`); a missing field or unknown kind gives 400. `agent_id` defaults to
        `anonymous:mcp`. Response `{decision: {decision: "allow"|"refuse"|"warn", rule_id?,
        reason?}, kind, agent_id}`. MCP-parity route: the body is the tool's params object, the 200
        body is the tool's JSON output, and a tool error is a 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_check_agent_action``

        Args:
            kind: Kind of an agent action.
            command: Command line (required for `bash`).
            cwd: Working directory (`bash`).
            path: Path written (required for `filesystem_write`).
            byte_estimate: Bytes to write (`filesystem_write`).
            host: Host (required for `network_request`).
            scheme: URL scheme (`network_request`).
            binary: Program (required for `process_spawn`).
            args: Arguments (`process_spawn`; non-string items are dropped).
            custom_kind: Custom action kind (required for `custom`, or `kind_inner`); the whole body
                is the custom payload.
            kind_inner: Alias of `custom_kind`.
            agent_id: Agent reported in the check (not validated, not compared with `X-Agent-Id`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _parity_memory_check_agent_action.BINDING, locals())

    def search(self, q: str | NotGiven = NOT_GIVEN, *, namespace: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, min_priority: int | NotGiven = NOT_GIVEN,
        since: str | NotGiven = NOT_GIVEN, until: str | NotGiven = NOT_GIVEN,
        tags: str | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        as_agent: str | NotGiven = NOT_GIVEN, source_uri: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SearchResponse:  # fmt: skip
        """Full-text search

        FTS search with AND semantics over title and content. `q` may be omitted only when
        `source_uri` is given (then the response carries `source_uri` instead of `query`).
        Visibility: private memories are returned only to their owner namespace (`as_agent`,
        defaulting to the caller). The result key is `results`, not `memories`.

        ``GET /api/v1/search``

        Args:
            q: Search text (FTS, AND semantics). Required unless `source_uri` is given.
            namespace: Only memories in exactly this namespace (not validated; a namespace that
                cannot exist matches nothing).
            tier: Only memories in this tier (an unknown value gives a text/plain 400).
            limit: Maximum results. Values above 1000 are capped at 1000.
            min_priority: Only memories with at least this priority.
            since: Only memories created at or after this timestamp (compared lexically with
                `created_at`, so use the same RFC 3339 form).
            until: Only memories created at or before this timestamp (compared lexically with
                `created_at`).
            tags: Tag filter.
            agent_id: Only memories whose `metadata.agent_id` equals this id (validated; a bad id
                gives 400 `invalid agent_id filter`).
            as_agent: Evaluate visibility as this agent (validated as a namespace). For recall it
                must equal the caller (403 otherwise).
            source_uri: Return memories whose `source_uri` equals this value.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _recall_search.BINDING, locals())

    def recall_get(self, *, context: str | NotGiven = NOT_GIVEN, query: str | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN, namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, tags: str | Sequence[str] | NotGiven = NOT_GIVEN,
        since: str | NotGiven = NOT_GIVEN, until: str | NotGiven = NOT_GIVEN,
        as_agent: str | NotGiven = NOT_GIVEN, budget_tokens: int | NotGiven = NOT_GIVEN,
        session_default: bool | NotGiven = NOT_GIVEN, has_citations: bool | NotGiven = NOT_GIVEN,
        source_uri_prefix: str | NotGiven = NOT_GIVEN, kinds: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN, include_archived: bool | NotGiven = NOT_GIVEN,
        confidence_tier: ConfidenceTier | Literal["confirmed", "likely", "ambiguous"] | NotGiven = NOT_GIVEN,
        verbose_provenance: bool | NotGiven = NOT_GIVEN, format: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        accept_provenance: RecallGetAcceptProvenance | Literal["verbose"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RecallResponse:  # fmt: skip
        """Recall memories (query string)

        Same as `POST /api/v1/recall` with the fields in the query string (`kinds` as a
        comma-separated string). Recall is write-coupled: it bumps `access_count`, extends the TTL
        of short and mid memories and may auto-promote mid to long.

        ``GET /api/v1/recall``

        Args:
            context: What to recall. One of `context`, `query` or `q` is required.
            query: Alias of `context`.
            q: Alias of `context`.
            namespace: Only memories in exactly this namespace (not validated; a namespace that
                cannot exist matches nothing).
            limit: Maximum memories (values of 0 mean 10; values above 50 are capped).
            tags: Comma-separated tag filter.
            since: Only memories created at or after this timestamp (compared lexically with
                `created_at`, so use the same RFC 3339 form).
            until: Only memories created at or before this timestamp (compared lexically with
                `created_at`).
            as_agent: Evaluate visibility as this agent (validated as a namespace). For recall it
                must equal the caller (403 otherwise).
            budget_tokens: Token budget; memories are dropped once it is exhausted.
            session_default: Splice in the daemon's `[agents.defaults.recall_scope]` defaults.
            has_citations: Only memories that have (true) or lack (false) citations.
            source_uri_prefix: Only memories whose `source_uri` starts with this prefix.
            kinds: Comma-separated memory kinds, or `all` for no filter.
            session_id: Session id for session-scoped recall.
            include_archived: Also search archived memories.
            confidence_tier: Only memories in this confidence tier.
            verbose_provenance: Return the MCP-decorated memory shape with provenance details.
            format: Output format hint; parsed, but HTTP always returns JSON.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            accept_provenance: `verbose` switches the returned memories to the MCP-decorated shape
                with provenance details.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _recall_recall_get.BINDING, locals())

    def recall(self, context: str | NotGiven = NOT_GIVEN, *, agent_id: str | NotGiven = NOT_GIVEN,
        accept_provenance: RecallAcceptProvenance | Literal["verbose"] | NotGiven = NOT_GIVEN,
        query: str | NotGiven = NOT_GIVEN, q: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        tags: str | Sequence[str] | NotGiven = NOT_GIVEN, since: str | NotGiven = NOT_GIVEN,
        until: str | NotGiven = NOT_GIVEN, as_agent: str | NotGiven = NOT_GIVEN,
        budget_tokens: int | NotGiven = NOT_GIVEN, session_default: bool | NotGiven = NOT_GIVEN,
        has_citations: bool | NotGiven = NOT_GIVEN, source_uri_prefix: str | NotGiven = NOT_GIVEN,
        kinds: builtins.list[MemoryKind] | str | NotGiven = NOT_GIVEN, session_id: str | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        confidence_tier: ConfidenceTier | Literal["confirmed", "likely", "ambiguous"] | NotGiven = NOT_GIVEN,
        verbose_provenance: bool | NotGiven = NOT_GIVEN, format: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RecallResponse:  # fmt: skip
        """Recall memories

        Hybrid (semantic + FTS) recall, or keyword-only when no embedder is loaded. One of
        `context`, `query` or `q` is required (400 `{"error":"context (or query) is required"}`).
        `as_agent`, when given, must equal the caller (403 otherwise). Each memory carries a `score`
        rounded to 3 decimals. Recall is write-coupled: it bumps `access_count`, extends the TTL
        (short +1 h, mid +1 d), auto-promotes mid to long at 5 accesses and raises the priority
        every 10 accesses.

        ``POST /api/v1/recall``

        Args:
            context: What to recall.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            accept_provenance: `verbose` switches the returned memories to the MCP-decorated shape
                with provenance details.
            query: Alias of `context`.
            q: Alias of `context`.
            namespace: Only this namespace.
            limit: Maximum memories (0 means 10; values above 50 are capped).
            tags: Comma-separated tag filter.
            since: Only memories created at or after this timestamp.
            until: Only memories created at or before this timestamp.
            as_agent: Must equal the caller when given.
            budget_tokens: Token budget; adds `budget_tokens` and `meta` to the response.
            session_default: Splice in the daemon's `[agents.defaults.recall_scope]`.
            has_citations: Only memories with (true) or without (false) citations.
            source_uri_prefix: Only memories whose `source_uri` starts with this prefix.
            kinds: Memory kinds to include, as a comma-separated string or an array; `all` or an
                empty array means no filter.
            session_id: Session id.
            include_archived: Also search archived memories.
            confidence_tier: Confidence band (confirmed >= 0.95, likely >= 0.7, else ambiguous).
            verbose_provenance: Return the MCP-decorated memory shape.
            format: Output format hint (HTTP always returns JSON).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _recall_recall.BINDING, locals())

    def contradictions(self, *, topic: str | NotGiven = NOT_GIVEN, namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContradictionsResponse:  # fmt: skip
        """Find contradicting memories

        Heuristic contradiction finder (no LLM). At least one of `topic` and `namespace` is required
        (else 400). Lists up to `limit` (default 50, capped at 1000) non-expired memories (in
        `namespace` when given), then keeps those visible to the caller (admins see all) and, with
        `topic`, those whose title or `metadata.topic` equals it. `links` holds the stored
        `contradicts` links between the candidates, then one synthesized pair for every two
        candidates with different content (same topic, or without `topic` the same title).

        ``GET /api/v1/contradictions``

        Args:
            topic: Topic to look for contradictions on (matches the title or `metadata.topic`
                exactly).
            namespace: Only memories in exactly this namespace (validated like a stored namespace;
                400 otherwise).
            limit: Maximum memories listed before filtering (default 50, capped at 1000).
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _recall_contradictions.BINDING, locals())

    def memory_load_family(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        family: ToolFamily | Literal["core", "lifecycle", "graph", "governance", "power", "meta", "archive", "other"],
        namespace: str | NotGiven = NOT_GIVEN, k: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> LoadFamilyResponse:  # fmt: skip
        """Load the memories of a family

        Returns up to `k` (default 20, clamped to 1..100) non-expired memories whose
        `metadata.family` equals `family`, in `namespace` when given (else every namespace), ordered
        by priority then `updated_at`, descending. An unknown family (names are lower-case) or an
        invalid namespace gives 400. No visibility filter is applied.

        ``POST /api/v1/memory_load_family``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            family: A tool family (`metadata.family` of a memory).
            namespace: Namespace (default every namespace).
            k: Maximum memories (the daemon clamps other values to 1..100).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _recall_memory_load_family.BINDING, locals())

    def skill_register(self, *, inline_skill: str | NotGiven = NOT_GIVEN,
        folder_path: str | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillRegisterResponse:  # fmt: skip
        """Register a skill

        Registers a skill from a `SKILL.md` (YAML front matter with `namespace`, `name`,
        `description`, then the body): either `inline_skill` (the file's text) or `folder_path` (a
        directory on the daemon host holding `SKILL.md` and optional `resources/`). Re-registering
        the same `(namespace, name)` supersedes the previous version (`superseded_id`). Admin only;
        every tool error (neither field, unreadable folder, bad front matter) is a 400 `{"error":
        <message>}`.

        ``POST /api/v1/skill/register``

        Args:
            inline_skill: Full text of a `SKILL.md` (YAML front matter with `namespace`, `name`,
                `description`, then the body).
            folder_path: Directory on the daemon host holding `SKILL.md` and optionally `resources/`
                (used when given, before `inline_skill`).
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _skills_skill_register.BINDING, locals())

    def skill_list(self, *, namespace: str | NotGiven = NOT_GIVEN, filter: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillListResponse:  # fmt: skip
        """List skills

        Lists the current skills (MCP `memory_skill_list`), optionally in one namespace and whose
        name or description contains `filter` (case-sensitive substring). Admin only.

        ``GET /api/v1/skill/list``

        Args:
            namespace: Only skills in exactly this namespace (not validated; a namespace that cannot
                exist matches nothing).
            filter: Substring that the skill name or description must contain (case-sensitive).
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _skills_skill_list.BINDING, locals())

    def skill_get(self, *, id: str, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillDetail:  # fmt: skip
        """Get a skill

        Returns one skill with its body and the list of its resources (MCP `memory_skill_get`).
        Admin only; 404 `skill not found: <id>`.

        ``GET /api/v1/skill/{id}``

        Args:
            id: Skill id.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _skills_skill_get.BINDING, locals())

    def skill_resource(self, *, id: str, path: str, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillResourceContent:  # fmt: skip
        """Read a skill resource

        Returns one resource file of a skill (MCP `memory_skill_resource`): UTF-8 text as is, other
        bytes base64-encoded (`encoding`). The stored SHA-256 digest is re-checked. Admin only; 404
        when the skill has no such resource; 400 for a reference-only resource or a digest mismatch.

        ``GET /api/v1/skill/{id}/resource``

        Args:
            id: Skill id.
            path: Resource path inside the skill (as listed by `skill_get`). Missing gives a
                text/plain 400.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _skills_skill_resource.BINDING, locals())

    def skill_export(self, *, id: str, agent_id: str | NotGiven = NOT_GIVEN, target_folder: str,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillExportResponse:  # fmt: skip
        """Export a skill to a folder

        Writes a skill as `SKILL.md` plus its inline resources into a folder on the daemon host (MCP
        `memory_skill_export`). Admin only; 404 `skill not found: <id>`; any other tool error (write
        failure, governance refusal of a path) is a 400.

        ``POST /api/v1/skill/{id}/export``

        Args:
            id: Skill id.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            target_folder: Folder on the daemon host.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _skills_skill_export.BINDING, locals())

    def skill_promote(self, *, id: str, agent_id: str | NotGiven = NOT_GIVEN, name: str, description: str,
        parameters_schema: Any | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillPromoteResponse:  # fmt: skip
        """Promote a reflection into a new skill

        Turns the **reflection memory** `{id}` into a new skill named `name` (MCP
        `memory_skill_promote_from_reflection`): the skill body is built from the reflection and the
        memories it `reflects_on` (attached as `references/source_<n>.md`). `{id}` is a memory id,
        not a skill id. The memory must have `memory_kind` `reflection` and a `reflection_depth` of
        at least the namespace's `skill_promotion_min_depth` (default 1); `name` must be a valid
        skill name and `description` at most 1024 characters. Admin only; 404 when the reflection
        does not exist (any message containing `not found`), 400 for every other tool error.

        ``POST /api/v1/skill/{id}/promote``

        Args:
            id: Id of the reflection memory to promote.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            name: New skill's name (skill-name rules of `SKILL.md`).
            description: New skill's description (at most 1024 characters).
            parameters_schema: Optional JSON Schema of the skill's parameters, stored with it.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _skills_skill_promote.BINDING, locals())

    def skill_compose(self, *, id: str, agent_id: str | NotGiven = NOT_GIVEN,
        budget_tokens: int | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillComposeResponse:  # fmt: skip
        """Compositional context of a skill

        Returns the skill body with the reflections of the namespaces its metadata `composes` (MCP
        `memory_skill_compositional_context`), best-scored first (recency + access count), within
        `budget_tokens` (default 4000, clamped to 32000; cl100k tokens of each content). The body is
        optional. Admin only; 404 `skill not found: <id>`.

        ``POST /api/v1/skill/{id}/compose``

        Args:
            id: Skill id.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            budget_tokens: Token budget.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _skills_skill_compose.BINDING, locals())

    def subscriptions(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SubscriptionsResponse:  # fmt: skip
        """List webhook subscriptions

        Lists the caller's own subscriptions (`agent_id`, if given, must equal the caller). `events`
        is a comma-separated string.

        ``GET /api/v1/subscriptions``

        Args:
            agent_id: Must equal the caller (403 otherwise).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _subscriptions_subscriptions.BINDING, locals())

    def subscribe(self, request: SubscribeRequest | Mapping[str, Any] | None = None, *,
        url: str | NotGiven = NOT_GIVEN, events: str | Sequence[str] | NotGiven = NOT_GIVEN,
        secret: str | NotGiven = NOT_GIVEN, namespace_filter: str | NotGiven = NOT_GIVEN,
        agent_filter: str | NotGiven = NOT_GIVEN, namespace: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SubscriptionCreated:  # fmt: skip
        """Create a webhook subscription

        Subscribes a URL to events. `url` must be http(s); plain http and loopback addresses are
        refused unless `allow_loopback_webhooks` is enabled, and private or link-local addresses are
        refused. A `secret` is required unless the daemon has a server-wide `[hooks.subscription]
        hmac_secret`. The secret is never echoed. Without `url`, a synthetic URL is built from
        `namespace` (which fails the loopback check by default). The caller is auto-registered as an
        `ai:generic` agent if new.

        ``POST /api/v1/subscriptions``

        Args:
            request: the whole request body, as a model or a dict; keyword arguments override its
                fields.
            url: Delivery URL (https; http only for loopback, which is refused unless enabled).
            events: Comma-separated event names or `*`: `memory_store`, `memory_promote`,
                `memory_delete`, `memory_link_created`, `memory_link_invalidated`,
                `memory_consolidated`, `approval_requested`. A JSON array is rejected (422).
            secret: HMAC secret for signing deliveries (required unless the daemon has a server-wide
                secret). Never echoed.
            namespace_filter: Only events in this namespace.
            agent_filter: Only events caused by this agent.
            namespace: Without `url`, build the synthetic URL
                `http://localhost/_ns/<caller>/<namespace>`.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _subscriptions_subscribe.BINDING, locals())

    def unsubscribe(self, id: str | NotGiven = NOT_GIVEN, *, namespace: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UnsubscribeResponse:  # fmt: skip
        """Delete a webhook subscription

        Deletes a subscription by `id`, or by `namespace` (with optional `agent_id`). Only the
        subscription's creator can delete it; `removed` tells whether a row was deleted.

        ``DELETE /api/v1/subscriptions``

        Args:
            id: Subscription id. Either `id` or `namespace` is required.
            namespace: Delete the caller's subscription on this namespace.
            agent_id: With `namespace`; must equal the caller.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _subscriptions_unsubscribe.BINDING, locals())

    def health(self, *, agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Health:  # fmt: skip
        """Health check

        Reports daemon health. Exempt from API-key authentication. Returns 200 when the database
        check passes and 503 (same body, `status: error`) when it fails.

        ``GET /api/v1/health``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _system_health.BINDING, locals())

    def metrics_root(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str:  # fmt: skip
        """Prometheus metrics (root path)

        Prometheus text exposition; same handler as `GET /api/v1/metrics`. Requires the API key when
        one is configured.

        ``GET /metrics``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _system_metrics_root.BINDING, locals())

    def metrics(self, *, agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str:  # fmt: skip
        """Prometheus metrics

        Prometheus text exposition (`text/plain; version=0.0.4`). The `ai_memory_memories` gauge is
        refreshed on every scrape. Requires the API key when one is configured.

        ``GET /api/v1/metrics``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _system_metrics.BINDING, locals())

    def capabilities(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        accept_capabilities: CapabilitiesVersion | Literal["v1", "v2", "v3"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Capabilities:  # fmt: skip
        """Daemon capabilities

        The MCP capabilities document (version chosen with `Accept-Capabilities`, default v3) plus
        `storage_backend` and `db_schema_version`. Unlike the MCP path, the HTTP response has **no
        `families` block**.

        ``GET /api/v1/capabilities``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            accept_capabilities: Capabilities document version; missing or unknown means v3.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _system_capabilities.BINDING, locals())

    def session_start(self, *, namespace: str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SessionStartResponse:  # fmt: skip
        """Start a session

        Runs the MCP `memory_session_start` tool: the caller's visible, non-expired memories (in
        `namespace` when given), by priority then recency, at most `limit` (default 10, capped at
        50), each with `score: 0.0`, plus `mode: "session_start"`; the namespace standard(s) of the
        namespace chain, when set, come as `standard` (or `standards`) and are removed from
        `memories`. The daemon adds a fresh `session_id` (UUID) and echoes a body `agent_id`. A body
        `agent_id` that differs from `X-Agent-Id` is a **400** `agent_id body parameter does not
        match X-Agent-Id header`; without the header the body `agent_id` is the caller.

        ``POST /api/v1/session/start``

        Args:
            namespace: Namespace to load (not validated).
            limit: Maximum memories (capped at 50).
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _system_session_start.BINDING, locals())

    def capture_turn(self, *, agent_id: str | NotGiven = NOT_GIVEN, host_session_id: str,
        host_turn_index: int, role: str, content: str, host_kind: str | NotGiven = NOT_GIVEN,
        host_version: str | NotGiven = NOT_GIVEN,
        tool_calls: Sequence[ToolCallSummary | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        timestamp_iso: datetime.datetime | str | NotGiven = NOT_GIVEN,
        host_signature_b64: str | NotGiven = NOT_GIVEN, host_pubkey_b64: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        metadata: CaptureTurnRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CaptureTurnResponse:  # fmt: skip
        """Capture a conversation turn

        Stores one conversation turn from a host (layer L4). Idempotent on `(host_session_id,
        host_turn_index)`: a re-delivery answers 200 with `dedup_hit: true`, a new turn 201. Every
        body rejection is a 400 JSON `{"error","fields"}` on this route.

        ``POST /api/v1/capture_turn``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            host_session_id: Host session id; with `host_turn_index` the dedup key.
            host_turn_index: Turn counter within the session, from 0 by convention (the daemon does
                not check it).
            role: `user`, `assistant`, `tool_use`, `tool_result`, `system` or `other`.
            content: Verbatim turn text (not blank; no control characters but newline and tab).
            host_kind: Host implementation (e.g. `claude-code`); default `unknown`.
            host_version: Host version.
            tool_calls: Tool calls of the turn.
            timestamp_iso: When the host emitted the turn (used as `created_at`).
            host_signature_b64: Ed25519 signature over the turn's canonical bytes.
            host_pubkey_b64: Enrolled Ed25519 public key to verify the signature with.
            namespace: Target namespace.
            metadata: Extra metadata.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _system_capture_turn.BINDING, locals())

    def tools_list(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ToolsListResponse:  # fmt: skip
        """MCP tool definitions

        The MCP `tools/list` result for the daemon's configured profile: `{"toolsVersion":
        "2026-05-06", "tools": [...]}`, each tool `{name, description, inputSchema}` (the `docs`
        field is stripped; optional params and long descriptions are trimmed unless the daemon runs
        with verbose tool definitions).

        ``GET /api/v1/tools/list``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _system_tools_list.BINDING, locals())

    def grant(self, id: str, agent_id: str, *, permission: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:  # fmt: skip
        """Grant an agent access to a memory (not served)

        Per-memory ACL grant advertised by the published SDK. **No released daemon serves this
        route** (not in v0.6.4, v0.7.0 or later route tables): a request gets 404 with an empty body
        (401 when an API key is configured and missing). Kept for SDK compatibility; the body shape
        is the SDK's and is undocumented by any server. Use scopes (`metadata.scope`) or `POST
        /api/v1/share` instead.

        ``POST /api/v1/memories/{id}/grant`` — no released server serves this route.

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most 128
                bytes of `[A-Za-z0-9_:.@-]`, no `..`.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            permission: Permission to grant.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _unserved_grant.BINDING, locals())

    def revoke(self, id: str, agent_id: str, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:  # fmt: skip
        """Revoke an agent's access to a memory (not served)

        Per-memory ACL revoke advertised by the published SDK. **No released daemon serves this
        route**: a request gets 404 with an empty body (401 when an API key is configured and
        missing). Kept for SDK compatibility; the body shape is the SDK's.

        ``POST /api/v1/memories/{id}/revoke`` — no released server serves this route.

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most 128
                bytes of `[A-Za-z0-9_:.@-]`, no `..`.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _unserved_revoke.BINDING, locals())

    def cluster(self, request: OpenObject | Mapping[str, Any] | None = None, *,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:  # fmt: skip
        """Cluster peer management (not served)

        Peer management advertised by the published SDK. **No released daemon serves this route**: a
        request gets 404 with an empty body (401 when an API key is configured and missing).
        Federation is configured with `serve --quorum-peers` and runs over `/api/v1/sync/*`.

        ``POST /api/v1/cluster`` — no released server serves this route.

        Args:
            request: the whole request body, as a model or a dict; keyword arguments override its
                fields.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return call(self, _unserved_cluster.BINDING, locals())


class MethodsWithRawResponse(SyncResource):
    """Every top-level operation of the API, returning the raw response (``.parse()`` gives the typed result)."""

    def forget(self, *, agent_id: str | NotGiven = NOT_GIVEN, namespace: str | NotGiven = NOT_GIVEN,
        pattern: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ForgetResponse]:  # fmt: skip
        """``forget``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.forget, locals())

    def quota_status(self, *, agent_id: str | NotGiven = NOT_GIVEN, namespace: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[QuotaStatus | QuotaStatusList]:  # fmt: skip
        """``quota_status``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.quota_status, locals())

    def stats(self, *, agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Stats]:  # fmt: skip
        """``stats``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.stats, locals())

    def gc(self, *, agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GcResponse]:  # fmt: skip
        """``gc``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.gc, locals())

    def export(self, *, agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ExportResponse]:  # fmt: skip
        """``export``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.export, locals())

    def import_(self, payload: ImportRequest | Mapping[str, Any] | None = None, *,
        agent_id: str | NotGiven = NOT_GIVEN,
        memories: Sequence[ImportMemory | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        links: Sequence[MemoryLink | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ImportResponse]:  # fmt: skip
        """``import_``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.import_, locals())

    def agents(self, *, agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[AgentsResponse]:  # fmt: skip
        """``agents``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.agents, locals())

    def register_agent(self, agent_id: str, agent_type: str,
        capabilities: Sequence[str] | NotGiven = NOT_GIVEN, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[RegisterAgentResponse]:  # fmt: skip
        """``register_agent``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.register_agent, locals())

    def list_archive(self, *, namespace: str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ArchiveListResponse]:  # fmt: skip
        """``list_archive``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.list_archive, locals())

    def archive(self, *, agent_id: str | NotGiven = NOT_GIVEN, ids: Sequence[str],
        reason: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ArchiveResponse]:  # fmt: skip
        """``archive``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.archive, locals())

    def purge_archive(self, *, older_than_days: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PurgeArchiveResponse]:  # fmt: skip
        """``purge_archive``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.purge_archive, locals())

    def restore_archive(self, *, id: str, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[RestoreArchiveResponse]:  # fmt: skip
        """``restore_archive``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.restore_archive, locals())

    def archive_stats(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ArchiveStatsResponse]:  # fmt: skip
        """``archive_stats``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.archive_stats, locals())

    def sync_push(self, *, agent_id: str | NotGiven = NOT_GIVEN, x_peer_id: str | NotGiven = NOT_GIVEN,
        x_memory_sig: str | NotGiven = NOT_GIVEN, x_memory_nonce: str | NotGiven = NOT_GIVEN,
        sender_agent_id: str, memories: Sequence[ImportMemory | Mapping[str, Any]],
        sender_clock: VectorClock | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        sender_wall_clock: str | NotGiven = NOT_GIVEN, deletions: Sequence[str] | NotGiven = NOT_GIVEN,
        archives: Sequence[str] | NotGiven = NOT_GIVEN, restores: Sequence[str] | NotGiven = NOT_GIVEN,
        links: Sequence[MemoryLink | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        pendings: Sequence[PendingAction | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        pending_decisions: Sequence[OpenObject | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        namespace_meta: Sequence[OpenObject | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        namespace_meta_clears: Sequence[str] | NotGiven = NOT_GIVEN, dry_run: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SyncPushResponse]:  # fmt: skip
        """``sync_push``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.sync_push, locals())

    def sync_since(self, *, since: datetime.datetime | str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, peer: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, x_peer_id: str | NotGiven = NOT_GIVEN,
        x_memory_sig: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SyncSinceResponse]:  # fmt: skip
        """``sync_since``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.sync_since, locals())

    def pending(self, *, status: str | NotGiven = NOT_GIVEN, namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PendingListResponse]:  # fmt: skip
        """``pending``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.pending, locals())

    def approve_pending(self, *, id: str, agent_id: str | NotGiven = NOT_GIVEN,
        x_ai_memory_signature: str | NotGiven = NOT_GIVEN, x_ai_memory_timestamp: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ApproveResult | ConsensusPendingResult]:  # fmt: skip
        """``approve_pending``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.approve_pending, locals())

    def reject_pending(self, *, id: str, agent_id: str | NotGiven = NOT_GIVEN,
        x_ai_memory_signature: str | NotGiven = NOT_GIVEN, x_ai_memory_timestamp: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[RejectResult]:  # fmt: skip
        """``reject_pending``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.reject_pending, locals())

    def decide_approval(self, *, pending_id: str, agent_id: str | NotGiven = NOT_GIVEN,
        x_ai_memory_signature: str | NotGiven = NOT_GIVEN, x_ai_memory_timestamp: str | NotGiven = NOT_GIVEN,
        decision: ApprovalDecisionRequestDecision | Literal["approve", "deny"],
        remember: RememberMode | Literal["once", "session", "forever"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DecisionResult]:  # fmt: skip
        """``decide_approval``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.decide_approval, locals())

    def approvals_stream(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[str]:  # fmt: skip
        """``approvals_stream``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.approvals_stream, locals())

    def register_entity(self, *, canonical_name: str, namespace: str,
        aliases: Sequence[str] | NotGiven = NOT_GIVEN,
        metadata: RegisterEntityRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[EntityResponse]:  # fmt: skip
        """``register_entity``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.register_entity, locals())

    def entity_by_alias(self, *, alias: str, namespace: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[EntityByAliasResponse]:  # fmt: skip
        """``entity_by_alias``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.entity_by_alias, locals())

    def kg_timeline(self, *, source_id: str, since: datetime.datetime | str | NotGiven = NOT_GIVEN,
        until: datetime.datetime | str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[KgTimelineResponse]:  # fmt: skip
        """``kg_timeline``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.kg_timeline, locals())

    def kg_invalidate(self, *, agent_id: str | NotGiven = NOT_GIVEN, source_id: str, target_id: str,
        relation: LinkRelation | Literal["related_to", "supersedes", "contradicts", "derived_from", "reflects_on", "derives_from"],
        valid_until: datetime.datetime | str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[KgInvalidateResponse]:  # fmt: skip
        """``kg_invalidate``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.kg_invalidate, locals())

    def kg_query(self, *, agent_id: str | NotGiven = NOT_GIVEN, source_id: str | NotGiven = NOT_GIVEN,
        from_: str | NotGiven = NOT_GIVEN, to: str | NotGiven = NOT_GIVEN,
        max_depth: int | NotGiven = NOT_GIVEN, valid_at: datetime.datetime | str | NotGiven = NOT_GIVEN,
        allowed_agents: Sequence[str] | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        include_invalidated: bool | NotGiven = NOT_GIVEN, rel_types: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[KgQueryResponse]:  # fmt: skip
        """``kg_query``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.kg_query, locals())

    def kg_find_paths(self, *, agent_id: str | NotGiven = NOT_GIVEN, source_id: str | NotGiven = NOT_GIVEN,
        from_id: str | NotGiven = NOT_GIVEN, target_id: str | NotGiven = NOT_GIVEN,
        to_id: str | NotGiven = NOT_GIVEN, max_depth: int | NotGiven = NOT_GIVEN,
        max_results: int | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[FindPathsResponse]:  # fmt: skip
        """``kg_find_paths``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.kg_find_paths, locals())

    def find_paths(self, *, agent_id: str | NotGiven = NOT_GIVEN, source_id: str | NotGiven = NOT_GIVEN,
        from_id: str | NotGiven = NOT_GIVEN, target_id: str | NotGiven = NOT_GIVEN,
        to_id: str | NotGiven = NOT_GIVEN, max_depth: int | NotGiven = NOT_GIVEN,
        max_results: int | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[FindPathsResponse]:  # fmt: skip
        """``find_paths``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.find_paths, locals())

    def link(self, source_id: str, target_id: str,
        relation: LinkRelation | Literal["related_to", "supersedes", "contradicts", "derived_from", "reflects_on", "derives_from"] | NotGiven = NOT_GIVEN,
        *, agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[LinkCreated]:  # fmt: skip
        """``link``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.link, locals())

    def unlink(self, *, agent_id: str | NotGiven = NOT_GIVEN, source_id: str, target_id: str,
        relation: LinkRelation | Literal["related_to", "supersedes", "contradicts", "derived_from", "reflects_on", "derives_from"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[UnlinkResponse]:  # fmt: skip
        """``unlink``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.unlink, locals())

    def get_links(self, id: str, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[LinksResponse]:  # fmt: skip
        """``get_links``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.get_links, locals())

    def verify_link(self, *, agent_id: str | NotGiven = NOT_GIVEN, source_id: str | NotGiven = NOT_GIVEN,
        target_id: str | NotGiven = NOT_GIVEN, link_id: str | NotGiven = NOT_GIVEN,
        verification_nonce: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:  # fmt: skip
        """``verify_link``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.verify_link, locals())

    def check_duplicate(self, *, agent_id: str | NotGiven = NOT_GIVEN, title: str, content: str,
        namespace: str | NotGiven = NOT_GIVEN, threshold: float | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[CheckDuplicateResponse]:  # fmt: skip
        """``check_duplicate``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.check_duplicate, locals())

    def auto_tag(self, *, agent_id: str | NotGiven = NOT_GIVEN, memory_id: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN, content: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[AutoTagResponse]:  # fmt: skip
        """``auto_tag``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.auto_tag, locals())

    def expand_query(self, *, agent_id: str | NotGiven = NOT_GIVEN, query: str,
        namespace: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ExpandQueryResponse]:  # fmt: skip
        """``expand_query``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.expand_query, locals())

    def list(self, *, namespace: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, offset: int | NotGiven = NOT_GIVEN,
        min_priority: int | NotGiven = NOT_GIVEN, since: str | NotGiven = NOT_GIVEN,
        until: str | NotGiven = NOT_GIVEN, tags: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ListMemoriesResponse]:  # fmt: skip
        """``list``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.list, locals())

    def store(self, *, title: str, content: str,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN, tags: Sequence[str] | NotGiven = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN, confidence: float | NotGiven = NOT_GIVEN,
        source: Source | Literal["user", "claude", "hook", "api", "cli", "import", "consolidation", "system", "chaos", "notify", "nhi"] | NotGiven = NOT_GIVEN,
        expires_at: datetime.datetime | str | NotGiven = NOT_GIVEN, ttl_secs: int | NotGiven = NOT_GIVEN,
        metadata: CreateMemoryMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        scope: Scope | Literal["private", "team", "unit", "org", "collective"] | NotGiven = NOT_GIVEN,
        on_conflict: OnConflict | Literal["error", "merge", "version"] | NotGiven = NOT_GIVEN,
        detect_conflicts: bool | NotGiven = NOT_GIVEN, force: bool | NotGiven = NOT_GIVEN,
        citations: Sequence[Citation | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        source_uri: str | NotGiven = NOT_GIVEN,
        source_span: SourceSpan | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        kind: MemoryKind | Literal["observation", "reflection", "persona", "concept", "entity", "claim", "relation", "event", "conversation", "decision"] | NotGiven = NOT_GIVEN,
        signature: str | NotGiven = NOT_GIVEN, created_at: datetime.datetime | str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[CreateMemoryResponse | GovernancePending]:  # fmt: skip
        """``store``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.store, locals())

    def bulk_store(self, memories: Sequence[CreateMemory | Mapping[str, Any]], *,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[BulkCreateResponse]:  # fmt: skip
        """``bulk_store``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.bulk_store, locals())

    def get(self, id: str, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoryWithLinks]:  # fmt: skip
        """``get``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.get, locals())

    def update(self, id: str, body: UpdateMemory | Mapping[str, Any] | None = None, *,
        if_match: str | NotGiven = NOT_GIVEN, title: str | NotGiven = NOT_GIVEN,
        content: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN, tags: Sequence[str] | NotGiven = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN, confidence: float | NotGiven = NOT_GIVEN,
        expires_at: datetime.datetime | str | NotGiven = NOT_GIVEN,
        metadata: UpdateMemoryMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        source_uri: str | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Memory | None]:  # fmt: skip
        """``update``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.update, locals())

    def delete(self, id: str, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DeleteMemoryResponse | GovernancePending]:  # fmt: skip
        """``delete``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.delete, locals())

    def promote(self, id: str, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PromoteResponse | GovernancePending]:  # fmt: skip
        """``promote``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.promote, locals())

    def lineage(self, id: str, *,
        direction: LineageDirection | Literal["ancestors", "descendants"] | NotGiven = NOT_GIVEN,
        max_depth: int | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[LineageResponse]:  # fmt: skip
        """``lineage``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.lineage, locals())

    def consolidate(self, *, ids: Sequence[str], title: str, summary: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, use_llm: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ConsolidateResponse]:  # fmt: skip
        """``consolidate``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.consolidate, locals())

    def share(self, *, agent_id: str | NotGiven = NOT_GIVEN, source_memory_id: str, target_agent_id: str,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ShareResponse]:  # fmt: skip
        """``share``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.share, locals())

    def notify(self, request: NotifyRequest | Mapping[str, Any] | None = None, *,
        target_agent_id: str | NotGiven = NOT_GIVEN, title: str | NotGiven = NOT_GIVEN,
        payload: str | NotGiven = NOT_GIVEN, content: str | NotGiven = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[NotifyResponse]:  # fmt: skip
        """``notify``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.notify, locals())

    def inbox(self, *, agent_id: str | NotGiven = NOT_GIVEN, unread_only: bool | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[InboxResponse]:  # fmt: skip
        """``inbox``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.inbox, locals())

    def namespaces(self, *, namespace: str | NotGiven = NOT_GIVEN, inherit: bool | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[NamespaceList | NamespaceStandard]:  # fmt: skip
        """``namespaces``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.namespaces, locals())

    def set_namespace_standard_qs(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        standard: OpenObject | Mapping[str, Any] | NotGiven = NOT_GIVEN, id: str | NotGiven = NOT_GIVEN,
        parent: str | NotGiven = NOT_GIVEN,
        governance: GovernancePolicy | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[NamespaceStandardSetResult]:  # fmt: skip
        """``set_namespace_standard_qs``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.set_namespace_standard_qs, locals())

    def clear_namespace_standard_qs(self, *, namespace: str, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[NamespaceStandardClearedResult]:  # fmt: skip
        """``clear_namespace_standard_qs``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.clear_namespace_standard_qs, locals())

    def get_namespace_standard(self, *, ns: str, inherit: bool | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[NamespaceStandard]:  # fmt: skip
        """``get_namespace_standard``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.get_namespace_standard, locals())

    def set_namespace_standard(self, *, ns: str, agent_id: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        standard: OpenObject | Mapping[str, Any] | NotGiven = NOT_GIVEN, id: str | NotGiven = NOT_GIVEN,
        parent: str | NotGiven = NOT_GIVEN,
        governance: GovernancePolicy | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[NamespaceStandardSetResult]:  # fmt: skip
        """``set_namespace_standard``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.set_namespace_standard, locals())

    def clear_namespace_standard(self, *, ns: str, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[NamespaceStandardClearedResult]:  # fmt: skip
        """``clear_namespace_standard``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.clear_namespace_standard, locals())

    def taxonomy(self, *, prefix: str | NotGiven = NOT_GIVEN, root: str | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[TaxonomyResponse]:  # fmt: skip
        """``taxonomy``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.taxonomy, locals())

    def memory_smart_load(self, *, agent_id: str | NotGiven = NOT_GIVEN, intent: str,
        namespace: str | NotGiven = NOT_GIVEN, k: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemorySmartLoadResponse]:  # fmt: skip
        """``memory_smart_load``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.memory_smart_load, locals())

    def memory_reflect(self, *, source_ids: Sequence[str], title: str, content: str,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN, priority: int | NotGiven = NOT_GIVEN,
        confidence: float | NotGiven = NOT_GIVEN, tags: Sequence[str] | NotGiven = NOT_GIVEN,
        metadata: MemoryReflectRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoryReflectResult | MemoryReflectPending]:  # fmt: skip
        """``memory_reflect``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.memory_reflect, locals())

    def memory_recall_observations(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        recall_id: str | NotGiven = NOT_GIVEN, consumed: bool | NotGiven = NOT_GIVEN,
        since: str | NotGiven = NOT_GIVEN, until: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoryRecallObservationsResponse]:  # fmt: skip
        """``memory_recall_observations``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.memory_recall_observations, locals())

    def memory_reflection_origin(self, *, agent_id: str | NotGiven = NOT_GIVEN, memory_id: str,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoryReflectionOriginResponse]:  # fmt: skip
        """``memory_reflection_origin``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.memory_reflection_origin, locals())

    def memory_dependents_of_invalidated(self, *, agent_id: str | NotGiven = NOT_GIVEN, memory_id: str,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoryDependentsResponse]:  # fmt: skip
        """``memory_dependents_of_invalidated``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.memory_dependents_of_invalidated, locals())

    def memory_export_reflection(self, *, agent_id: str | NotGiven = NOT_GIVEN, memory_id: str,
        format: MemoryExportReflectionRequestFormat | Literal["md", "markdown", "json"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoryExportReflectionResponse]:  # fmt: skip
        """``memory_export_reflection``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.memory_export_reflection, locals())

    def memory_atomise(self, *, agent_id: str | NotGiven = NOT_GIVEN, memory_id: str,
        max_atom_tokens: int | NotGiven = NOT_GIVEN, force_re_atomise: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoryAtomiseTierLocked]:  # fmt: skip
        """``memory_atomise``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.memory_atomise, locals())

    def memory_calibrate_confidence(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        days: int | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoryCalibrateConfidenceResponse]:  # fmt: skip
        """``memory_calibrate_confidence``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.memory_calibrate_confidence, locals())

    def memory_verify(self, *, agent_id: str | NotGiven = NOT_GIVEN, link_id: str | NotGiven = NOT_GIVEN,
        source_id: str | NotGiven = NOT_GIVEN, target_id: str | NotGiven = NOT_GIVEN,
        relation: LinkRelation | Literal["related_to", "supersedes", "contradicts", "derived_from", "reflects_on", "derives_from"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoryVerifyResponse]:  # fmt: skip
        """``memory_verify``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.memory_verify, locals())

    def memory_replay(self, *, memory_id: str, verbose: bool | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoryReplayResult | MemoryReplayAsk]:  # fmt: skip
        """``memory_replay``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.memory_replay, locals())

    def memory_subscription_replay(self, *, subscription_id: str, since: str,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemorySubscriptionReplayResponse]:  # fmt: skip
        """``memory_subscription_replay``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.memory_subscription_replay, locals())

    def memory_subscription_dlq_list(self, *, subscription_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemorySubscriptionDlqListResponse]:  # fmt: skip
        """``memory_subscription_dlq_list``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.memory_subscription_dlq_list, locals())

    def memory_rule_list(self, *, agent_id: str | NotGiven = NOT_GIVEN, kind: str | NotGiven = NOT_GIVEN,
        enabled_only: bool | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoryRuleListResponse]:  # fmt: skip
        """``memory_rule_list``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.memory_rule_list, locals())

    def memory_check_agent_action(self, *,
        kind: AgentActionKind | Literal["bash", "filesystem_write", "network_request", "process_spawn", "custom"],
        command: str | NotGiven = NOT_GIVEN, cwd: str | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN, byte_estimate: int | NotGiven = NOT_GIVEN,
        host: str | NotGiven = NOT_GIVEN, scheme: str | NotGiven = NOT_GIVEN,
        binary: str | NotGiven = NOT_GIVEN, args: Sequence[str] | NotGiven = NOT_GIVEN,
        custom_kind: str | NotGiven = NOT_GIVEN, kind_inner: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoryCheckAgentActionResponse]:  # fmt: skip
        """``memory_check_agent_action``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.memory_check_agent_action, locals())

    def search(self, q: str | NotGiven = NOT_GIVEN, *, namespace: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, min_priority: int | NotGiven = NOT_GIVEN,
        since: str | NotGiven = NOT_GIVEN, until: str | NotGiven = NOT_GIVEN,
        tags: str | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        as_agent: str | NotGiven = NOT_GIVEN, source_uri: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SearchResponse]:  # fmt: skip
        """``search``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.search, locals())

    def recall_get(self, *, context: str | NotGiven = NOT_GIVEN, query: str | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN, namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, tags: str | Sequence[str] | NotGiven = NOT_GIVEN,
        since: str | NotGiven = NOT_GIVEN, until: str | NotGiven = NOT_GIVEN,
        as_agent: str | NotGiven = NOT_GIVEN, budget_tokens: int | NotGiven = NOT_GIVEN,
        session_default: bool | NotGiven = NOT_GIVEN, has_citations: bool | NotGiven = NOT_GIVEN,
        source_uri_prefix: str | NotGiven = NOT_GIVEN, kinds: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN, include_archived: bool | NotGiven = NOT_GIVEN,
        confidence_tier: ConfidenceTier | Literal["confirmed", "likely", "ambiguous"] | NotGiven = NOT_GIVEN,
        verbose_provenance: bool | NotGiven = NOT_GIVEN, format: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        accept_provenance: RecallGetAcceptProvenance | Literal["verbose"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[RecallResponse]:  # fmt: skip
        """``recall_get``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.recall_get, locals())

    def recall(self, context: str | NotGiven = NOT_GIVEN, *, agent_id: str | NotGiven = NOT_GIVEN,
        accept_provenance: RecallAcceptProvenance | Literal["verbose"] | NotGiven = NOT_GIVEN,
        query: str | NotGiven = NOT_GIVEN, q: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        tags: str | Sequence[str] | NotGiven = NOT_GIVEN, since: str | NotGiven = NOT_GIVEN,
        until: str | NotGiven = NOT_GIVEN, as_agent: str | NotGiven = NOT_GIVEN,
        budget_tokens: int | NotGiven = NOT_GIVEN, session_default: bool | NotGiven = NOT_GIVEN,
        has_citations: bool | NotGiven = NOT_GIVEN, source_uri_prefix: str | NotGiven = NOT_GIVEN,
        kinds: builtins.list[MemoryKind] | str | NotGiven = NOT_GIVEN, session_id: str | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        confidence_tier: ConfidenceTier | Literal["confirmed", "likely", "ambiguous"] | NotGiven = NOT_GIVEN,
        verbose_provenance: bool | NotGiven = NOT_GIVEN, format: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[RecallResponse]:  # fmt: skip
        """``recall``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.recall, locals())

    def contradictions(self, *, topic: str | NotGiven = NOT_GIVEN, namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ContradictionsResponse]:  # fmt: skip
        """``contradictions``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.contradictions, locals())

    def memory_load_family(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        family: ToolFamily | Literal["core", "lifecycle", "graph", "governance", "power", "meta", "archive", "other"],
        namespace: str | NotGiven = NOT_GIVEN, k: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[LoadFamilyResponse]:  # fmt: skip
        """``memory_load_family``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.memory_load_family, locals())

    def skill_register(self, *, inline_skill: str | NotGiven = NOT_GIVEN,
        folder_path: str | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillRegisterResponse]:  # fmt: skip
        """``skill_register``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.skill_register, locals())

    def skill_list(self, *, namespace: str | NotGiven = NOT_GIVEN, filter: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillListResponse]:  # fmt: skip
        """``skill_list``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.skill_list, locals())

    def skill_get(self, *, id: str, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillDetail]:  # fmt: skip
        """``skill_get``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.skill_get, locals())

    def skill_resource(self, *, id: str, path: str, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillResourceContent]:  # fmt: skip
        """``skill_resource``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.skill_resource, locals())

    def skill_export(self, *, id: str, agent_id: str | NotGiven = NOT_GIVEN, target_folder: str,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillExportResponse]:  # fmt: skip
        """``skill_export``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.skill_export, locals())

    def skill_promote(self, *, id: str, agent_id: str | NotGiven = NOT_GIVEN, name: str, description: str,
        parameters_schema: Any | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillPromoteResponse]:  # fmt: skip
        """``skill_promote``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.skill_promote, locals())

    def skill_compose(self, *, id: str, agent_id: str | NotGiven = NOT_GIVEN,
        budget_tokens: int | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillComposeResponse]:  # fmt: skip
        """``skill_compose``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.skill_compose, locals())

    def subscriptions(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SubscriptionsResponse]:  # fmt: skip
        """``subscriptions``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.subscriptions, locals())

    def subscribe(self, request: SubscribeRequest | Mapping[str, Any] | None = None, *,
        url: str | NotGiven = NOT_GIVEN, events: str | Sequence[str] | NotGiven = NOT_GIVEN,
        secret: str | NotGiven = NOT_GIVEN, namespace_filter: str | NotGiven = NOT_GIVEN,
        agent_filter: str | NotGiven = NOT_GIVEN, namespace: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SubscriptionCreated]:  # fmt: skip
        """``subscribe``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.subscribe, locals())

    def unsubscribe(self, id: str | NotGiven = NOT_GIVEN, *, namespace: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[UnsubscribeResponse]:  # fmt: skip
        """``unsubscribe``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.unsubscribe, locals())

    def health(self, *, agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Health]:  # fmt: skip
        """``health``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.health, locals())

    def metrics_root(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[str]:  # fmt: skip
        """``metrics_root``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.metrics_root, locals())

    def metrics(self, *, agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[str]:  # fmt: skip
        """``metrics``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.metrics, locals())

    def capabilities(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        accept_capabilities: CapabilitiesVersion | Literal["v1", "v2", "v3"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Capabilities]:  # fmt: skip
        """``capabilities``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.capabilities, locals())

    def session_start(self, *, namespace: str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SessionStartResponse]:  # fmt: skip
        """``session_start``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.session_start, locals())

    def capture_turn(self, *, agent_id: str | NotGiven = NOT_GIVEN, host_session_id: str,
        host_turn_index: int, role: str, content: str, host_kind: str | NotGiven = NOT_GIVEN,
        host_version: str | NotGiven = NOT_GIVEN,
        tool_calls: Sequence[ToolCallSummary | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        timestamp_iso: datetime.datetime | str | NotGiven = NOT_GIVEN,
        host_signature_b64: str | NotGiven = NOT_GIVEN, host_pubkey_b64: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        metadata: CaptureTurnRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[CaptureTurnResponse]:  # fmt: skip
        """``capture_turn``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.capture_turn, locals())

    def tools_list(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ToolsListResponse]:  # fmt: skip
        """``tools_list``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.tools_list, locals())

    def grant(self, id: str, agent_id: str, *, permission: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:  # fmt: skip
        """``grant``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.grant, locals())

    def revoke(self, id: str, agent_id: str, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:  # fmt: skip
        """``revoke``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.revoke, locals())

    def cluster(self, request: OpenObject | Mapping[str, Any] | None = None, *,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:  # fmt: skip
        """``cluster``, returning the raw response (``.parse()`` gives the typed result)."""
        return call_raw(self, Methods.cluster, locals())


class AsyncMethods(AsyncResource):
    """Every top-level operation of the API (async).

    Parameters several methods share, described once:

        agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
            query `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
            daemon assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
            memories written without it cannot be read back by later header-less requests. 1 to 128
            bytes of `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved
            ids `daemon`, `system`, `federation-catchup`, `subscription-dispatch`,
            `ai:http-internal`, `ai:migrate`, `export-internal` and `governance-internal` are
            rejected (400 `invalid agent_id: ...`).
    """

    @cached_property
    def with_raw_response(self) -> AsyncMethodsWithRawResponse:
        """The same methods, returning the raw response: status, headers, request id, ``.parse()``."""
        return AsyncMethodsWithRawResponse(self._client)

    async def forget(self, *, agent_id: str | NotGiven = NOT_GIVEN, namespace: str | NotGiven = NOT_GIVEN,
        pattern: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ForgetResponse:  # fmt: skip
        """Bulk-delete memories by namespace, pattern or tier

        Deletes every memory matching all given filters (archived first when `archive_on_gc` is
        set). At least one filter is required. Admin only. The filters travel in a JSON body, not in
        the query string; because the body is extracted before the admin check, a call without a
        JSON body gets 415 before 403.

        ``POST /api/v1/forget``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            namespace: Delete memories in this namespace (not validated).
            pattern: Delete memories matching this FTS pattern.
            tier: Memory tier. Default TTLs are short 6 h, mid 7 days, long none.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _admin_forget.BINDING, locals())

    async def quota_status(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> QuotaStatus | QuotaStatusList:  # fmt: skip
        """Quota status

        With `agent_id`: the quota of that agent, which must be the caller (`X-Agent-Id`) — any
        other id is 403, admin or not (so without the header, whose anonymous id is new on every
        request, a body `agent_id` is always 403). With `namespace` too, the row of that `(agent_id,
        namespace)` pair (created with the default limits if absent); without it, the aggregate over
        the agent's namespaces (`namespace` = `_global`; maxima of the limits, sums of the
        counters). Without `agent_id`: admin only, the list of every quota row
        (`{"quotas":[...],"count":N}`, ordered by agent id then namespace), filtered by `namespace`
        when given. Default limits: 1000 memories/day, 100 MiB storage, 5000 links/day.

        ``POST /api/v1/quota/status``

        Args:
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            namespace: With `agent_id`, the namespace row to read (else the aggregate); without it,
                filters the list.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _admin_quota_status.BINDING, locals())

    async def stats(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Stats:  # fmt: skip
        """Database statistics

        Counts by tier and namespace, links, database size. Admin only.

        ``GET /api/v1/stats``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _admin_stats.BINDING, locals())

    async def gc(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GcResponse:  # fmt: skip
        """Delete expired memories

        Deletes expired memories now (archiving them first when `archive_on_gc` is set). Takes no
        body. Admin only.

        ``POST /api/v1/gc``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _admin_gc.BINDING, locals())

    async def export(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ExportResponse:  # fmt: skip
        """Export all memories and links

        Exports every memory and link as JSON (the simple HTTP shape, not the CLI `v1` portability
        envelope). Admin only.

        ``GET /api/v1/export``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _admin_export.BINDING, locals())

    async def import_(self, payload: ImportRequest | Mapping[str, Any] | None = None, *,
        agent_id: str | NotGiven = NOT_GIVEN,
        memories: Sequence[ImportMemory | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        links: Sequence[MemoryLink | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ImportResponse:  # fmt: skip
        """Import memories and links

        Imports up to 1000 full memory objects (for example the output of `export`) and optional
        links. `metadata.agent_id` is re-stamped to the caller and the original is kept in
        `metadata.imported_from_agent_id`. Invalid links are skipped silently; per-memory failures
        are reported as sanitised strings in `errors`. Admin only.

        ``POST /api/v1/import``

        Args:
            payload: the whole request body, as a model or a dict; keyword arguments override its
                fields.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            memories: Memories to import (at most 1000).
            links: Links to import (invalid ones are skipped).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _admin_import_.BINDING, locals())

    async def agents(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AgentsResponse:  # fmt: skip
        """List registered agents

        Lists the agent registry (stored as memories in namespace `_agents`). Admin only.

        ``GET /api/v1/agents``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _agents_agents.BINDING, locals())

    async def register_agent(self, agent_id: str, agent_type: str,
        capabilities: Sequence[str] | NotGiven = NOT_GIVEN, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RegisterAgentResponse:  # fmt: skip
        """Register an agent

        Registers (or re-registers) an agent. The registration is stored as the memory
        `agent:<agent_id>` in namespace `_agents`.

        ``POST /api/v1/agents``

        Args:
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            agent_type: `human`, `system` or `ai:<name>` (e.g. `ai:claude-opus-4.7`,
                `ai:codex-5.4`); at most 64 bytes.
            capabilities: Capabilities (tag rules).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _agents_register_agent.BINDING, locals())

    async def list_archive(self, *, namespace: str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ArchiveListResponse:  # fmt: skip
        """List archived memories

        Lists archived memories (memory fields plus `archived_at` and `archive_reason`), optionally
        of one namespace. `limit` defaults to 50 and is clamped to 1..1000; `limit=0` is a 400
        `limit must be >= 1`. Admin only.

        ``GET /api/v1/archive``

        Args:
            namespace: Only archived memories in exactly this namespace (not validated; a namespace
                that cannot exist matches nothing).
            limit: Page size.
            offset: Rows to skip.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _archive_list_archive.BINDING, locals())

    async def archive(self, *, agent_id: str | NotGiven = NOT_GIVEN, ids: Sequence[str],
        reason: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ArchiveResponse:  # fmt: skip
        """Archive memories by id

        Moves up to 1000 memories to the archive (`reason` defaults to `archive`). Ids are validated
        first (400 `invalid id <id>: ...`; more than 1000 is a 400). Only memories the caller owns
        (or unowned legacy rows) are moved; every other id, existing or not, is reported in
        `missing`.

        ``POST /api/v1/archive``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            ids: Memory ids (at most 1000).
            reason: Archive reason.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _archive_archive.BINDING, locals())

    async def purge_archive(self, *, older_than_days: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PurgeArchiveResponse:  # fmt: skip
        """Purge the archive

        Permanently deletes archived memories (all, or those archived more than `older_than_days`
        days ago). Non-admin callers purge only their own rows (`owner_scope`).

        ``DELETE /api/v1/archive``

        Args:
            older_than_days: Only purge rows archived more than this many days ago.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _archive_purge_archive.BINDING, locals())

    async def restore_archive(self, *, id: str, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RestoreArchiveResponse:  # fmt: skip
        """Restore an archived memory

        Moves a memory from the archive back to the live table. Takes no body. A row the caller does
        not own answers 404 `not found in archive`, like a missing one.

        ``POST /api/v1/archive/{id}/restore``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most 128
                bytes of `[A-Za-z0-9_:.@-]`, no `..`.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _archive_restore_archive.BINDING, locals())

    async def archive_stats(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ArchiveStatsResponse:  # fmt: skip
        """Archive statistics

        Archived memory counts, total and by namespace. Admin only.

        ``GET /api/v1/archive/stats``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _archive_archive_stats.BINDING, locals())

    async def sync_push(self, *, agent_id: str | NotGiven = NOT_GIVEN, x_peer_id: str | NotGiven = NOT_GIVEN,
        x_memory_sig: str | NotGiven = NOT_GIVEN, x_memory_nonce: str | NotGiven = NOT_GIVEN,
        sender_agent_id: str, memories: Sequence[ImportMemory | Mapping[str, Any]],
        sender_clock: VectorClock | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        sender_wall_clock: str | NotGiven = NOT_GIVEN, deletions: Sequence[str] | NotGiven = NOT_GIVEN,
        archives: Sequence[str] | NotGiven = NOT_GIVEN, restores: Sequence[str] | NotGiven = NOT_GIVEN,
        links: Sequence[MemoryLink | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        pendings: Sequence[PendingAction | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        pending_decisions: Sequence[OpenObject | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        namespace_meta: Sequence[OpenObject | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        namespace_meta_clears: Sequence[str] | NotGiven = NOT_GIVEN, dry_run: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPushResponse:  # fmt: skip
        """Receive a federation push

        Receives a batch of changes from a peer daemon (at most 1000 memories). Peers sign the body
        (`X-Memory-Sig`, `X-Memory-Nonce`, `X-Peer-Id`; enforced with `AI_MEMORY_FED_REQUIRE_SIG`
        and `AI_MEMORY_FED_REQUIRE_NONCE`). Quota overruns give 429 with `x-quota-reset-at` and
        `x-quota-limit`.

        ``POST /api/v1/sync/push``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            x_peer_id: Id of the sending peer daemon (an agent id); on `sync/push` it must equal the
                body's `sender_agent_id` (else 403).
            x_memory_sig: Peer signature over the request (required when `AI_MEMORY_FED_REQUIRE_SIG`
                is set).
            x_memory_nonce: Replay-protection nonce (required when `AI_MEMORY_FED_REQUIRE_NONCE` is
                set).
            sender_agent_id: Sending peer's agent id.
            memories: Memories to upsert (at most 1000).
            sender_clock: Map of peer agent id to the latest `updated_at` seen from that peer.
            sender_wall_clock: Sender's wall clock (RFC 3339).
            deletions: Ids to delete.
            archives: Ids to archive.
            restores: Ids to restore.
            links: Links to upsert.
            pendings: Pending actions to mirror.
            pending_decisions: Decisions to propagate.
            namespace_meta: Namespace metadata entries.
            namespace_meta_clears: Namespaces whose metadata is cleared.
            dry_run: Validate and count without writing.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _federation_sync_push.BINDING, locals())

    async def sync_since(self, *, since: datetime.datetime | str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, peer: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, x_peer_id: str | NotGiven = NOT_GIVEN,
        x_memory_sig: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncSinceResponse:  # fmt: skip
        """Changes since a timestamp (federation pull)

        Returns memories updated after `since` (absent = full snapshot), oldest first, for peer
        catch-up; `limit` defaults to 500 and is capped at 10000. **With the default configuration
        it returns no rows**: unless the peer (`X-Peer-Id`) has a scope allowlist or the daemon runs
        with `AI_MEMORY_FED_SYNC_TRUST_PEER=1`, the answer is the empty batch with `scope_status:
        "no_allowlist_default_deny"`. Otherwise rows outside the peer's namespace scope are counted
        in `excluded_for_scope` and private rows not visible to the caller (and not
        `metadata.federation_share`) in `excluded_for_scope_private`; `scope_status` is `scoped` or
        `legacy_bypass`. A malformed `since` is a 400 JSON. With `AI_MEMORY_FED_REQUIRE_SIG=1` an
        unsigned or badly signed request is a 401.

        ``GET /api/v1/sync/since``

        Args:
            since: Return memories updated after this RFC 3339 timestamp (else 400).
            limit: Maximum memories.
            peer: Requesting peer's agent id; when valid, its sync state is recorded.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            x_peer_id: Id of the sending peer daemon (an agent id); on `sync/push` it must equal the
                body's `sender_agent_id` (else 403).
            x_memory_sig: Peer signature over the request (required when `AI_MEMORY_FED_REQUIRE_SIG`
                is set).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _federation_sync_since.BINDING, locals())

    async def pending(self, *, status: str | NotGiven = NOT_GIVEN, namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PendingListResponse:  # fmt: skip
        """List pending governance actions

        Lists governance-gated actions, newest first, optionally with one `status`; `limit` defaults
        to 100 and is capped at 1000. Non-admin callers see only the rows they requested
        (`owner_scope` is `caller`; the row filter runs after the limit). The `namespace` parameter
        is accepted but ignored by the default (SQLite) build. An invalid `X-Agent-Id` is not an
        error here (the caller then matches no row).

        ``GET /api/v1/pending``

        Args:
            status: Filter by status (e.g. `pending`, `approved`, `rejected`).
            namespace: Accepted but ignored by the default (SQLite) build.
            limit: Maximum rows.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _governance_pending.BINDING, locals())

    async def approve_pending(self, *, id: str, agent_id: str | NotGiven = NOT_GIVEN,
        x_ai_memory_signature: str | NotGiven = NOT_GIVEN, x_ai_memory_timestamp: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ApproveResult | ConsensusPendingResult:  # fmt: skip
        """Approve a pending action

        Approves a pending action and executes it (200), or records a vote when consensus is not yet
        reached (202). Requires the HMAC headers `X-AI-Memory-Signature` and `X-AI-Memory-Timestamp`
        over `"<ts>.POST.<id>.<raw body>"` with key `SHA-256(server hmac_secret)` (±300 s / 60 s
        skew, replay-protected); without a server secret every call gets 401. The body (if any) is
        read as raw bytes and only signed. A missing, already decided or wrongly-addressed action
        (designated approver differs) is a 403 `approve rejected: <reason>`, never a 404.

        ``POST /api/v1/pending/{id}/approve``

        Args:
            id: Id of the pending action.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            x_ai_memory_signature: `sha256=<hex>` HMAC over `"<timestamp>.POST.<pending id>.<raw
                body>"` with key `SHA-256(server hmac_secret)`. Required in practice: a missing or
                bad signature gives 401.
            x_ai_memory_timestamp: Unix time in seconds of the signature; at most 300 s old and 60 s
                in the future.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _governance_approve_pending.BINDING, locals())

    async def reject_pending(self, *, id: str, agent_id: str | NotGiven = NOT_GIVEN,
        x_ai_memory_signature: str | NotGiven = NOT_GIVEN, x_ai_memory_timestamp: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RejectResult:  # fmt: skip
        """Reject a pending action

        Rejects a pending action. Same HMAC requirements as approve (401 with a `hint` naming this
        route). 404 when the action does not exist or is already decided; there is no ownership or
        approver check on reject.

        ``POST /api/v1/pending/{id}/reject``

        Args:
            id: Id of the pending action.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            x_ai_memory_signature: `sha256=<hex>` HMAC over `"<timestamp>.POST.<pending id>.<raw
                body>"` with key `SHA-256(server hmac_secret)`. Required in practice: a missing or
                bad signature gives 401.
            x_ai_memory_timestamp: Unix time in seconds of the signature; at most 300 s old and 60 s
                in the future.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _governance_reject_pending.BINDING, locals())

    async def decide_approval(self, *, pending_id: str, agent_id: str | NotGiven = NOT_GIVEN,
        x_ai_memory_signature: str | NotGiven = NOT_GIVEN, x_ai_memory_timestamp: str | NotGiven = NOT_GIVEN,
        decision: ApprovalDecisionRequestDecision | Literal["approve", "deny"],
        remember: RememberMode | Literal["once", "session", "forever"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DecisionResult:  # fmt: skip
        """Decide a pending action

        Approves or denies a pending action, optionally remembering the decision (`session` and
        `forever` record a synthetic permission rule). HMAC-gated like `approve_pending` (401
        `{"error":"invalid or missing X-AI-Memory-Signature"}`, checked before the body). The body
        is read as raw bytes, so a bad body gives 400 JSON `invalid body: ...` (never 415/422).
        Every decision is answered 200, including a vote that leaves a consensus policy short of its
        quorum (`approved: false, status: "pending", votes, quorum`, no `reason`). Approve errors
        are 403 `approve rejected: <reason>` (also for a missing action); deny of a missing or
        decided action is 404.

        ``POST /api/v1/approvals/{pending_id}``

        Args:
            pending_id: Id of the pending action.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            x_ai_memory_signature: `sha256=<hex>` HMAC over `"<timestamp>.POST.<pending id>.<raw
                body>"` with key `SHA-256(server hmac_secret)`. Required in practice: a missing or
                bad signature gives 401.
            x_ai_memory_timestamp: Unix time in seconds of the signature; at most 300 s old and 60 s
                in the future.
            decision: The decision.
            remember: How long an approval decision is remembered.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _governance_decide_approval.BINDING, locals())

    async def approvals_stream(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str:  # fmt: skip
        """Stream approval events (SSE)

        Server-Sent Events stream (keep-alive every 15 s). `approval_requested` data:
        `{"event":"approval_requested","pending_id","action_type","namespace","requested_by","requested_at"}`;
        `approval_decided` data:
        `{"event":"approval_decided","pending_id","decision","decided_by","remember","namespace","requested_by"}`;
        `lagged` data `{"lagged":true}` when the subscriber fell behind; `error` data
        `{"error":"event_serialise_failed"}`. An event is sent only to the subscriber whose
        `X-Agent-Id` is the action's requester, or whom an active allow permission rule matches for
        the event's namespace; an absent or `host:*` id sees nothing.

        ``GET /api/v1/approvals/stream``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _governance_approvals_stream.BINDING, locals())

    async def register_entity(self, *, canonical_name: str, namespace: str,
        aliases: Sequence[str] | NotGiven = NOT_GIVEN,
        metadata: RegisterEntityRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EntityResponse:  # fmt: skip
        """Register a knowledge-graph entity

        Registers an entity as a long-tier memory (title and content = `canonical_name`, tag
        `entity`, `metadata.kind = "entity"`). Idempotent on `(canonical_name, namespace)`: 201 when
        created, 200 when it already existed (the new aliases are merged). `aliases` in the response
        always include the canonical name itself, ordered by registration time, then alphabetically.
        The `metadata.agent_id` stamped on a new entity is the body `agent_id` when given, else the
        `X-Agent-Id` header (here the body wins, unlike other routes; no 403 on a mismatch). 409
        when a memory that is not an entity already uses the title in the namespace. No governance
        check and no webhook on the default (SQLite) build.

        ``POST /api/v1/entities``

        Args:
            canonical_name: Canonical name (title rules: non-blank after trimming, at most 512
                characters, no control characters but newline and tab).
            namespace: Namespace.
            aliases: Alternative names.
            metadata: Metadata merged onto the entity memory (`kind` is forced to `entity`;
                `agent_id` is kept when given here).
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _knowledge_graph_register_entity.BINDING, locals())

    async def entity_by_alias(self, *, alias: str, namespace: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EntityByAliasResponse:  # fmt: skip
        """Look up an entity by alias

        Resolves an alias (or canonical name; exact match) to its entity, in `namespace` when given,
        else the most recently created match across namespaces. A blank alias is 400 `alias is
        required`. An entity the caller may not see (private, not the owner, not admin) answers like
        no match: 200 with `found: false`.

        ``GET /api/v1/entities/by_alias``

        Args:
            alias: The alias to resolve.
            namespace: Namespace to look in.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _knowledge_graph_entity_by_alias.BINDING, locals())

    async def kg_timeline(self, *, source_id: str, since: datetime.datetime | str | NotGiven = NOT_GIVEN,
        until: datetime.datetime | str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KgTimelineResponse:  # fmt: skip
        """Timeline of a memory's outbound links

        Returns the outbound links of `source_id` that have a `valid_from`, ordered by `valid_from`
        then creation time, with each target's title and namespace. `since`/`until` filter on
        `valid_from`. `limit` defaults to 200 and is clamped to 1..1000. The caller must own the
        source memory (or be its `target_agent_id`; unowned legacy rows are open).

        ``GET /api/v1/kg/timeline``

        Args:
            source_id: Memory (or entity) id whose timeline is returned. Missing gives a text/plain
                400.
            since: Only links with `valid_from` at or after this RFC 3339 instant (else 400 `invalid
                since`).
            until: Only links with `valid_from` at or before this RFC 3339 instant (else 400
                `invalid until`).
            limit: Maximum events (default 200; clamped to 1..1000).
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _knowledge_graph_kg_timeline.BINDING, locals())

    async def kg_invalidate(self, *, agent_id: str | NotGiven = NOT_GIVEN, source_id: str, target_id: str,
        relation: LinkRelation | Literal["related_to", "supersedes", "contradicts", "derived_from", "reflects_on", "derives_from"],
        valid_until: datetime.datetime | str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KgInvalidateResponse:  # fmt: skip
        """Invalidate a link

        Sets `valid_until` on the link `(source_id, target_id, relation)` (default now);
        `previous_valid_until` tells a fresh invalidation (`null`) from a repeated one. The caller
        must own the source memory (or be its `target_agent_id`; unowned legacy rows are open). The
        HTTP route fires **no** webhook (only the MCP `memory_kg_invalidate` tool fires
        `memory_link_invalidated`).

        ``POST /api/v1/kg/invalidate``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            source_id: Source memory id.
            target_id: Target memory id.
            relation: Relation of a link.
            valid_until: End of validity (default now).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _knowledge_graph_kg_invalidate.BINDING, locals())

    async def kg_query(self, *, agent_id: str | NotGiven = NOT_GIVEN, source_id: str | NotGiven = NOT_GIVEN,
        from_: str | NotGiven = NOT_GIVEN, to: str | NotGiven = NOT_GIVEN,
        max_depth: int | NotGiven = NOT_GIVEN, valid_at: datetime.datetime | str | NotGiven = NOT_GIVEN,
        allowed_agents: Sequence[str] | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        include_invalidated: bool | NotGiven = NOT_GIVEN, rel_types: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KgQueryResponse:  # fmt: skip
        """Traverse the knowledge graph

        Walks outbound links from `source_id` (alias `from`; one of them is required) up to
        `max_depth` hops (default 1, at most 5; 0 or more than 5 gives 422), optionally only links
        valid at `valid_at` and observed by `allowed_agents` (an empty list matches nothing).
        `limit` defaults to 200 and is clamped to 1..1000. Invalidated links are skipped unless
        `include_invalidated`. Nodes whose target memory is invisible to the caller are dropped. On
        the default (SQLite) build `to` and `rel_types` are accepted but ignored, and `paths` is the
        list of `"<src>-><mid>-><target>"` chains, one per node.

        ``POST /api/v1/kg/query``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            source_id: Start memory id.
            from_: Alias of `source_id` (used when `source_id` is absent).
            to: Accepted but ignored by the default (SQLite) build.
            max_depth: Maximum hops (1..5).
            valid_at: Only links valid at this instant.
            allowed_agents: Only links observed by these agents (an empty list matches nothing).
            limit: Maximum nodes (clamped to 1..1000).
            include_invalidated: Also follow invalidated links.
            rel_types: Accepted but ignored by the default (SQLite) build.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _knowledge_graph_kg_query.BINDING, locals())

    async def kg_find_paths(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        source_id: str | NotGiven = NOT_GIVEN, from_id: str | NotGiven = NOT_GIVEN,
        target_id: str | NotGiven = NOT_GIVEN, to_id: str | NotGiven = NOT_GIVEN,
        max_depth: int | NotGiven = NOT_GIVEN, max_results: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FindPathsResponse:  # fmt: skip
        """Find paths between two memories

        Finds link paths from `source_id` (alias `from_id`) to `target_id` (alias `to_id`). Needs a
        daemon built with `--features sal`: the default (SQLite) build validates both ids and the
        `X-Agent-Id` header (400) and then always answers 501 `{"error":"find_paths requires
        --features sal"}`; the 200 and the JSON 422 (depth error) occur only on `sal` builds.

        ``POST /api/v1/kg/find_paths``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            source_id: Start memory id.
            from_id: Alias of `source_id`.
            target_id: End memory id.
            to_id: Alias of `target_id`.
            max_depth: Maximum path length.
            max_results: Maximum paths.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _knowledge_graph_kg_find_paths.BINDING, locals())

    async def find_paths(self, *, agent_id: str | NotGiven = NOT_GIVEN, source_id: str | NotGiven = NOT_GIVEN,
        from_id: str | NotGiven = NOT_GIVEN, target_id: str | NotGiven = NOT_GIVEN,
        to_id: str | NotGiven = NOT_GIVEN, max_depth: int | NotGiven = NOT_GIVEN,
        max_results: int | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FindPathsResponse:  # fmt: skip
        """Find paths between two memories (alias route)

        Alias of `POST /api/v1/kg/find_paths` (same handler). The default (SQLite) build validates
        both ids and the `X-Agent-Id` header (400) and then always answers 501 `{"error":"find_paths
        requires --features sal"}`; the 200 occurs only on `sal` builds.

        ``POST /api/v1/find_paths``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            source_id: Start memory id.
            from_id: Alias of `source_id`.
            target_id: End memory id.
            to_id: Alias of `target_id`.
            max_depth: Maximum path length.
            max_results: Maximum paths.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _knowledge_graph_find_paths.BINDING, locals())

    async def link(self, source_id: str, target_id: str,
        relation: LinkRelation | Literal["related_to", "supersedes", "contradicts", "derived_from", "reflects_on", "derives_from"] | NotGiven = NOT_GIVEN,
        *, agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> LinkCreated:  # fmt: skip
        """Link two memories

        Creates a typed link from `source_id` to `target_id`. The caller must own the source memory.
        The body is parsed by hand: the aliases `from`, `to` and `rel_type` are accepted for
        `source_id`, `target_id` and `relation`, and any other key gives 400
        `{"error":"unknown_field","fields":[...]}`; an unknown relation gives 400
        `{"error":"invalid_relation","got":...,"allowed":[...]}`; a self-link gives 400. Counts
        against the `links_per_day` quota. Fires the `memory_link_created` webhook.

        ``POST /api/v1/links``

        Args:
            source_id: Source memory id (must be owned by the caller).
            target_id: Target memory id (must differ from the source).
            relation: Relation of a link.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _links_link.BINDING, locals())

    async def unlink(self, *, agent_id: str | NotGiven = NOT_GIVEN, source_id: str, target_id: str,
        relation: LinkRelation | Literal["related_to", "supersedes", "contradicts", "derived_from", "reflects_on", "derives_from"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UnlinkResponse:  # fmt: skip
        """Delete a link

        Deletes the link described by the body (same body, aliases and 400s as `POST
        /api/v1/links`). The caller must own the source or the target memory (or be the source's
        `target_agent_id`); when both endpoints are unowned legacy rows, or missing, anyone may
        delete. Otherwise 403 `{"error":"caller does not own either endpoint of this
        link","source_owner","target_owner"}`. `deleted` is false when no such link existed.

        ``DELETE /api/v1/links``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            source_id: Source memory id (must be owned by the caller).
            target_id: Target memory id (must differ from the source).
            relation: Relation of a link.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _links_unlink.BINDING, locals())

    async def get_links(self, id: str, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> LinksResponse:  # fmt: skip
        """List a memory's links

        Returns every link where the memory is the source or the target. Links to memories invisible
        to the caller are filtered out unless the caller is admin.

        ``GET /api/v1/links/{id}``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most 128
                bytes of `[A-Za-z0-9_:.@-]`, no `..`.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _links_get_links.BINDING, locals())

    async def verify_link(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        source_id: str | NotGiven = NOT_GIVEN, target_id: str | NotGiven = NOT_GIVEN,
        link_id: str | NotGiven = NOT_GIVEN, verification_nonce: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:  # fmt: skip
        """Verify a link attestation

        Re-verifies a stored link's signature and reports its attest level. Either `source_id` (with
        optional `target_id`) or `link_id` (`"<source_id>|<target_id>|<relation>"`) is required
        (else 400 with `fields`); ids are validated (400). Needs a daemon built with `--features
        sal`: after validation the default (SQLite) build always answers 501 `{"error":"verify_link
        requires --features sal"}`. The 200 body (`{verified, attest_level, signature_present,
        observed_by, source_id, target_id, relation, findings}`) and the 409 replay answer occur
        only on `sal` builds.

        ``POST /api/v1/links/verify``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            source_id: Source memory id.
            target_id: Target memory id.
            link_id: Canonical link id `"<source_id>|<target_id>|<relation>"` (alternative to
                `source_id`).
            verification_nonce: Fresh nonce (e.g. a UUID v4) per call; a repeated `(link, nonce)`
                pair gives 409 on `sal` builds.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _links_verify_link.BINDING, locals())

    async def check_duplicate(self, *, agent_id: str | NotGiven = NOT_GIVEN, title: str, content: str,
        namespace: str | NotGiven = NOT_GIVEN, threshold: float | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CheckDuplicateResponse:  # fmt: skip
        """Check for a near-duplicate memory

        Embeds `title + content` and returns the nearest existing memory by cosine similarity. Needs
        the embedder (semantic tier or above), else 503. A nearest memory invisible to a non-admin
        caller is hidden.

        ``POST /api/v1/check_duplicate``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            title: Candidate title.
            content: Candidate content.
            namespace: Only compare within this namespace.
            threshold: Similarity threshold (floor 0.5).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _llm_check_duplicate.BINDING, locals())

    async def auto_tag(self, *, agent_id: str | NotGiven = NOT_GIVEN, memory_id: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN, content: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AutoTagResponse:  # fmt: skip
        """Suggest tags with the LLM

        Asks the configured LLM for tags for a stored memory (`memory_id`, preferred; 404 `memory
        not found: <id>`) or for `title` + `content` (neither: 400 `auto_tag requires memory_id
        (preferred) or title+content`). Without an LLM (the default configuration, keyword tier)
        every well-formed body gets 503 `{"error":"LLM not configured"}` before any other check; 502
        when the LLM call fails.

        ``POST /api/v1/auto_tag``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            memory_id: Memory to tag.
            title: Title to tag.
            content: Content to tag.
            namespace: Namespace.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _llm_auto_tag.BINDING, locals())

    async def expand_query(self, *, agent_id: str | NotGiven = NOT_GIVEN, query: str,
        namespace: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ExpandQueryResponse:  # fmt: skip
        """Expand a query with the LLM

        Asks the configured LLM for related search terms. Without an LLM (the default configuration)
        every well-formed body gets 503 `{"error":"LLM not configured"}` before any other check; a
        blank `query` is 400 `query is required`; 502 when the LLM call fails.

        ``POST /api/v1/expand_query``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            query: The query.
            namespace: Namespace context.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _llm_expand_query.BINDING, locals())

    def list(self, *, namespace: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, offset: int | NotGiven = NOT_GIVEN,
        min_priority: int | NotGiven = NOT_GIVEN, since: str | NotGiven = NOT_GIVEN,
        until: str | NotGiven = NOT_GIVEN, tags: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPaginator[Memory]:  # fmt: skip
        """List memories

        Lists non-expired memories, ordered by `priority` descending then `updated_at` descending.
        Offset pagination only: there is no cursor and no total count. `count` is the length of the
        returned page; because rows invisible to the caller are dropped after `LIMIT`, `count` can
        be smaller than `limit` even when more rows exist.

        ``GET /api/v1/memories``

        Args:
            namespace: Only memories in exactly this namespace (not validated; a namespace that
                cannot exist matches nothing).
            tier: Only memories in this tier (an unknown value gives a text/plain 400).
            limit: Page size. Values above 1000 are capped at 1000.
            offset: Number of rows to skip.
            min_priority: Only memories with at least this priority.
            since: Only memories created at or after this timestamp (compared lexically with
                `created_at`, so use the same RFC 3339 form).
            until: Only memories created at or before this timestamp (compared lexically with
                `created_at`).
            tags: A single tag; matches memories that carry exactly this tag (not a comma-separated
                list).
            agent_id: Only memories whose `metadata.agent_id` equals this id (validated; a bad id
                gives 400 `invalid agent_id filter`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return paginate(self, _memories_list_.BINDING, locals())

    async def store(self, *, title: str, content: str,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN, tags: Sequence[str] | NotGiven = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN, confidence: float | NotGiven = NOT_GIVEN,
        source: Source | Literal["user", "claude", "hook", "api", "cli", "import", "consolidation", "system", "chaos", "notify", "nhi"] | NotGiven = NOT_GIVEN,
        expires_at: datetime.datetime | str | NotGiven = NOT_GIVEN, ttl_secs: int | NotGiven = NOT_GIVEN,
        metadata: CreateMemoryMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        scope: Scope | Literal["private", "team", "unit", "org", "collective"] | NotGiven = NOT_GIVEN,
        on_conflict: OnConflict | Literal["error", "merge", "version"] | NotGiven = NOT_GIVEN,
        detect_conflicts: bool | NotGiven = NOT_GIVEN, force: bool | NotGiven = NOT_GIVEN,
        citations: Sequence[Citation | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        source_uri: str | NotGiven = NOT_GIVEN,
        source_span: SourceSpan | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        kind: MemoryKind | Literal["observation", "reflection", "persona", "concept", "entity", "claim", "relation", "event", "conversation", "decision"] | NotGiven = NOT_GIVEN,
        signature: str | NotGiven = NOT_GIVEN, created_at: datetime.datetime | str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreateMemoryResponse | GovernancePending:  # fmt: skip
        """Create a memory

        Creates a memory. By default a second memory with the same `(title, namespace)` is rejected
        with 409 (`on_conflict: error`); `on_conflict: merge` upserts on `(title, namespace)` and
        returns the existing row's id, `on_conflict: version` stores the title as `"<title> (<n>)"`.
        `metadata.agent_id` is stamped with the caller. Every body rejection (missing field,
        malformed JSON, wrong type, wrong content type, oversize body) is a 400 JSON
        `{"error","fields"}` on this route, never a text/plain 413/415/422. Fires the `memory_store`
        webhook.

        ``POST /api/v1/memories``

        Args:
            title: Title; trimmed, not empty, at most 512 characters, no control characters except
                newline and tab.
            content: Content; not blank, at most 65536 bytes, no control characters except newline
                and tab.
            tier: Memory tier. Default TTLs are short 6 h, mid 7 days, long none.
            namespace: Namespace; no spaces, backslashes or control characters, no leading or
                trailing `/`, no empty, `.` or `..` segments, depth at most 8.
            tags: Tags (at most 50).
            priority: Priority 1 to 10.
            confidence: Confidence 0.0 to 1.0.
            source: Allowed values of a memory's `source` on create (at most 64 bytes).
            expires_at: Explicit expiry; must not be in the past. Wins over `ttl_secs` and the tier
                TTL.
            ttl_secs: Time to live in seconds (at most one year).
            metadata: Free-form metadata (an object of at most 65536 bytes serialised, nesting depth
                at most 32). `metadata.agent_id`, if given, must equal the caller.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            scope: Visibility scope, stored in `metadata.scope`. Absent means `private`.
            on_conflict: What to do when a memory with the same `(title, namespace)` exists: `error`
                (409), `merge` (upsert) or `version` (store as `"<title> (<n>)"`).
            detect_conflicts: Run the LLM contradiction probe (default from the daemon's
                `autonomous_hooks`).
            force: Bypass the proactive near-duplicate 409.
            citations: Citations (at most 64).
            source_uri: Source document URI with prefix `uri:`, `doc:` or `file:`.
            source_span: Byte range in the source document (`start` < `end`).
            kind: Kind of memory.
            signature: Standard-base64 Ed25519 attestation signature; requires `created_at`.
            created_at: Signing time; only together with `signature` (within 300 s of the daemon's
                clock).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _memories_store.BINDING, locals())

    async def bulk_store(self, memories: Sequence[CreateMemory | Mapping[str, Any]], *,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BulkCreateResponse:  # fmt: skip
        """Create or upsert many memories

        Creates up to 1000 memories from a bare JSON array (not wrapped in an object). Each row is
        validated like a single create and then **upserted on `(title, namespace)`**; there is no
        per-row `on_conflict`, governance or quota handling. Rows that fail are reported as
        sanitised strings in `errors` (`validation failed`, `conflict: already exists`, `not found`,
        `forbidden`, `replication unavailable`, `internal error`); federation fan-out failures are
        appended as `"<id>: <err>"` or `"catchup to <peer>: <err>"`. The 2 MiB body limit may
        trigger before the 1000-item limit.

        ``POST /api/v1/memories/bulk``

        Args:
            memories: the whole request body.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _memories_bulk_store.BINDING, locals())

    async def get(self, id: str, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryWithLinks:  # fmt: skip
        """Get a memory and its links

        Returns the memory (resolved by exact id or a unique id prefix) together with every link
        where it is the source or the target. A private memory that is not visible to the caller
        gives 404. The SDK method returns the memory with `links` merged in (`MemoryWithLinks`).

        ``GET /api/v1/memories/{id}``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most 128
                bytes of `[A-Za-z0-9_:.@-]`, no `..`.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _memories_get.BINDING, locals())

    async def update(self, id: str, body: UpdateMemory | Mapping[str, Any] | None = None, *,
        if_match: str | NotGiven = NOT_GIVEN, title: str | NotGiven = NOT_GIVEN,
        content: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN, tags: Sequence[str] | NotGiven = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN, confidence: float | NotGiven = NOT_GIVEN,
        expires_at: datetime.datetime | str | NotGiven = NOT_GIVEN,
        metadata: UpdateMemoryMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        source_uri: str | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Memory | None:  # fmt: skip
        """Update a memory

        Partially updates a memory: absent fields are left unchanged. Only the owner (the memory's
        `metadata.agent_id`) may update, except for legacy unowned rows. `metadata.agent_id` is
        immutable. The embedding is regenerated when `title` or `content` change. With `If-Match:
        <version>` the update only applies when the stored `version` matches (409 otherwise).
        Returns the full updated memory, or `null` when the re-read after the write fails. No
        webhook is fired.

        ``PUT /api/v1/memories/{id}``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most 128
                bytes of `[A-Za-z0-9_:.@-]`, no `..`.
            body: the whole request body, as a model or a dict; keyword arguments override its
                fields.
            if_match: Expected current `version` of the memory (an integer, optionally quoted). When
                it differs the update is refused with 409.
            title: New title.
            content: New content.
            tier: Memory tier. Default TTLs are short 6 h, mid 7 days, long none.
            namespace: New namespace.
            tags: New tags (replace the old ones).
            priority: New priority.
            confidence: New confidence.
            expires_at: New expiry (may be in the past).
            metadata: New metadata (`agent_id` is preserved).
            source_uri: New source URI.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _memories_update.BINDING, locals())

    async def delete(self, id: str, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DeleteMemoryResponse | GovernancePending:  # fmt: skip
        """Delete a memory

        Deletes a memory. Only the owner, the inbox target (`metadata.target_agent_id`) or the
        caller `daemon` may delete. A governance policy may turn the delete into a pending action
        (202). Fires the `memory_delete` webhook.

        ``DELETE /api/v1/memories/{id}``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most 128
                bytes of `[A-Za-z0-9_:.@-]`, no `..`.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _memories_delete.BINDING, locals())

    async def promote(self, id: str, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PromoteResponse | GovernancePending:  # fmt: skip
        """Promote a memory to the long tier

        Promotes a memory to tier `long` and clears its `expires_at`. Takes no body. Same ownership
        and governance rules as delete. Fires the `memory_promote` webhook.

        ``POST /api/v1/memories/{id}/promote``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most 128
                bytes of `[A-Za-z0-9_:.@-]`, no `..`.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _memories_promote.BINDING, locals())

    async def lineage(self, id: str, *,
        direction: LineageDirection | Literal["ancestors", "descendants"] | NotGiven = NOT_GIVEN,
        max_depth: int | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> LineageResponse:  # fmt: skip
        """Walk a memory's lineage

        Walks the derivation lineage of a memory (ancestors or descendants), including tombstoned
        ancestors. **Not served by v0.7.0**: added in v0.9.0 (#1859); a v0.7.0 daemon answers 404
        with an empty body. The shape is taken from the published SDK; the full server contract of
        later versions was not reviewed.

        ``GET /api/v1/memories/{id}/lineage``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most 128
                bytes of `[A-Za-z0-9_:.@-]`, no `..`.
            direction: Walk towards ancestors (default) or descendants.
            max_depth: Maximum number of hops (server ceiling 5).
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _memories_lineage.BINDING, locals())

    async def consolidate(self, *, ids: Sequence[str], title: str, summary: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, use_llm: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConsolidateResponse:  # fmt: skip
        """Consolidate memories into one

        Merges 2 to 100 memories into a new memory (tier `long` by default) and fires the
        `memory_consolidated` webhook. Without `summary` the daemon writes one (LLM summary if an
        LLM is configured, else `Consolidated summary of <n> memories: <titles joined by "; ">`);
        `use_llm` is ignored. A body `agent_id` other than the caller is a 403.

        ``POST /api/v1/consolidate``

        Args:
            ids: Memories to merge (2 to 100, no duplicates).
            title: Title of the new memory.
            summary: Content of the new memory. When absent or empty the daemon writes it: with an
                LLM configured, an LLM summary of the sources; otherwise `Consolidated summary of
                <n> memories: <title>; <title>...`.
            namespace: Namespace of the new memory.
            tier: Memory tier. Default TTLs are short 6 h, mid 7 days, long none.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            use_llm: Accepted for MCP parity but ignored by the HTTP route (the LLM is used whenever
                one is configured and `summary` is absent).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _memories_consolidate.BINDING, locals())

    async def share(self, *, agent_id: str | NotGiven = NOT_GIVEN, source_memory_id: str,
        target_agent_id: str, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ShareResponse:  # fmt: skip
        """Share a memory with an agent

        Copies a memory (exact id or unique prefix) into the shared namespace
        `_shared/<owner>→<target_agent_id>/` as a new memory (source `shared`, owned by the target,
        `metadata.shared_from_*` set) and returns the new id (MCP `memory_share`). No ownership or
        visibility check is made on the source. Every tool error (invalid ids, `source memory <id>
        not found`) is a 400.

        ``POST /api/v1/share``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            source_memory_id: Memory to share.
            target_agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no
                leading `/`, not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _memories_share.BINDING, locals())

    async def notify(self, request: NotifyRequest | Mapping[str, Any] | None = None, *,
        target_agent_id: str | NotGiven = NOT_GIVEN, title: str | NotGiven = NOT_GIVEN,
        payload: str | NotGiven = NOT_GIVEN, content: str | NotGiven = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> NotifyResponse:  # fmt: skip
        """Send a message to an agent

        Stores a message for `target_agent_id` in namespace `_messages/<target>` (source `notify`,
        tag `_message`). `from` is not the raw caller: it is the daemon's `AI_MEMORY_AGENT_ID` if
        set, else `ai:<sanitised caller>@<hostname>:pid-<pid>`.

        ``POST /api/v1/notify``

        Args:
            request: the whole request body, as a model or a dict; keyword arguments override its
                fields.
            target_agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no
                leading `/`, not a reserved id).
            title: Message title.
            payload: Message body.
            content: Alias of `payload`.
            priority: Priority (clamped to 1..10).
            tier: Memory tier. Default TTLs are short 6 h, mid 7 days, long none.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _messaging_notify.BINDING, locals())

    async def inbox(self, *, agent_id: str | NotGiven = NOT_GIVEN, unread_only: bool | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> InboxResponse:  # fmt: skip
        """Read an inbox

        Lists messages sent to the caller. A message is unread while its `access_count` is 0.

        ``GET /api/v1/inbox``

        Args:
            agent_id: Inbox owner; must equal the caller (403 otherwise).
            unread_only: Only unread messages.
            limit: Maximum messages.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _messaging_inbox.BINDING, locals())

    async def namespaces(self, *, namespace: str | NotGiven = NOT_GIVEN, inherit: bool | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> NamespaceList | NamespaceStandard:  # fmt: skip
        """List namespaces, or get a namespace standard

        Without `namespace`: lists namespaces with their count of non-expired memories, sorted by
        count descending (admin only). With `namespace`: returns that namespace's standard (the MCP
        `memory_namespace_get_standard` output; with `inherit=true` the whole parent chain).

        ``GET /api/v1/namespaces``

        Args:
            namespace: When given, return this namespace's standard instead of the list.
            inherit: With `namespace`, also return the standards inherited from parent namespaces.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _namespaces_namespaces.BINDING, locals())

    async def set_namespace_standard_qs(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        standard: OpenObject | Mapping[str, Any] | NotGiven = NOT_GIVEN, id: str | NotGiven = NOT_GIVEN,
        parent: str | NotGiven = NOT_GIVEN,
        governance: GovernancePolicy | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> NamespaceStandardSetResult:  # fmt: skip
        """Set a namespace standard

        Sets (or replaces) a namespace's standard memory, parent and governance policy; answers
        **201** `{"set": true, "namespace", "standard_id", "parent"?, "governance"?}`. The namespace
        comes from the body (`namespace`, or `standard.namespace`; neither is 400 `namespace is
        required`). Replacing a standard whose memory another agent owns is a 403; every MCP tool
        error is a 400.

        ``POST /api/v1/namespaces``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            namespace: Target namespace (query-string form).
            standard: A JSON object whose shape is not fixed by this document (MCP tool params or
                output, or a shape not determined from the server source).
            id: Id of the memory that holds the standard.
            parent: Parent namespace for inheritance.
            governance: A namespace governance policy (core policy; other optional sub-policies are
                flattened in and kept as extra keys).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _namespaces_set_namespace_standard_qs.BINDING, locals())

    async def clear_namespace_standard_qs(self, *, namespace: str, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> NamespaceStandardClearedResult:  # fmt: skip
        """Clear a namespace standard

        Clears the standard of the namespace given in the query string: 200 `{"cleared": <whether
        one was set>, "namespace"}`.

        ``DELETE /api/v1/namespaces``

        Args:
            namespace: Namespace whose standard is cleared.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _namespaces_clear_namespace_standard_qs.BINDING, locals())

    async def get_namespace_standard(self, *, ns: str, inherit: bool | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> NamespaceStandard:  # fmt: skip
        """Get a namespace standard

        Returns the namespace's standard (MCP `memory_namespace_get_standard` output).

        ``GET /api/v1/namespaces/{ns}/standard``

        Args:
            ns: The namespace; hierarchical namespaces must percent-encode `/` as `%2F`.
            inherit: Also return the standards inherited from parent namespaces.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _namespaces_get_namespace_standard.BINDING, locals())

    async def set_namespace_standard(self, *, ns: str, agent_id: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        standard: OpenObject | Mapping[str, Any] | NotGiven = NOT_GIVEN, id: str | NotGiven = NOT_GIVEN,
        parent: str | NotGiven = NOT_GIVEN,
        governance: GovernancePolicy | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> NamespaceStandardSetResult:  # fmt: skip
        """Set a namespace standard (path form)

        Sets the standard of the namespace in the path; same rules and answers as `POST
        /api/v1/namespaces` (201 on success).

        ``POST /api/v1/namespaces/{ns}/standard``

        Args:
            ns: The namespace; hierarchical namespaces must percent-encode `/` as `%2F`.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            namespace: Target namespace (query-string form).
            standard: A JSON object whose shape is not fixed by this document (MCP tool params or
                output, or a shape not determined from the server source).
            id: Id of the memory that holds the standard.
            parent: Parent namespace for inheritance.
            governance: A namespace governance policy (core policy; other optional sub-policies are
                flattened in and kept as extra keys).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _namespaces_set_namespace_standard.BINDING, locals())

    async def clear_namespace_standard(self, *, ns: str, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> NamespaceStandardClearedResult:  # fmt: skip
        """Clear a namespace standard (path form)

        Clears the standard of the namespace in the path: 200 `{"cleared": <whether one was set>,
        "namespace"}`.

        ``DELETE /api/v1/namespaces/{ns}/standard``

        Args:
            ns: The namespace; hierarchical namespaces must percent-encode `/` as `%2F`.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _namespaces_clear_namespace_standard.BINDING, locals())

    async def taxonomy(self, *, prefix: str | NotGiven = NOT_GIVEN, root: str | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TaxonomyResponse:  # fmt: skip
        """Namespace taxonomy tree

        Returns the namespace hierarchy as a tree with memory counts. Admin only.

        ``GET /api/v1/taxonomy``

        Args:
            prefix: Root namespace of the returned subtree (alias `root`).
            root: Alias of `prefix`.
            depth: Maximum tree depth.
            limit: Maximum number of namespaces scanned.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _namespaces_taxonomy.BINDING, locals())

    async def memory_smart_load(self, *, agent_id: str | NotGiven = NOT_GIVEN, intent: str,
        namespace: str | NotGiven = NOT_GIVEN, k: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemorySmartLoadResponse:  # fmt: skip
        """Smart context load (MCP `memory_smart_load`)

        Routes a free-text `intent` (required, else 400 `intent is required`) to the best-matching
        tool family (keyword overlap with the family descriptors, or the embedder when one is
        loaded; a blank intent falls back to `core`) and returns that family's memories as
        `memory_load_family` does (`namespace`, `k` default 20 clamped to 1..100). Response:
        `chosen_family`, `score` (3 decimals), `chosen_family_source` (`keyword`, `embedder` or
        `fallback`), `intent`, `namespace`, `k`, `count`, `memories` (full memories). MCP-parity
        route: the body is the tool's params object, the 200 body is the tool's JSON output, and a
        tool error is a 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_smart_load``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            intent: What the agent is about to do, in free text; trimmed. A blank intent routes to
                `core` (`chosen_family_source` `fallback`).
            namespace: Namespace (default every namespace); validated like a memory's namespace.
            k: Maximum memories (the daemon clamps other values to 1..100).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _parity_memory_smart_load.BINDING, locals())

    async def memory_reflect(self, *, source_ids: Sequence[str], title: str, content: str,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN, priority: int | NotGiven = NOT_GIVEN,
        confidence: float | NotGiven = NOT_GIVEN, tags: Sequence[str] | NotGiven = NOT_GIVEN,
        metadata: MemoryReflectRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryReflectResult | MemoryReflectPending:  # fmt: skip
        """Write a reflection (MCP `memory_reflect`)

        Creates a reflection memory over `source_ids` (required, non-empty array of memory ids) with
        `title` and `content` (required); optional `tier` (default `mid`), `namespace`, `priority`
        (5), `confidence` (1.0), `tags`, `metadata`, `depth`, `agent_id`. Response `{id,
        reflection_depth, reflects_on, namespace}`; when a namespace policy requires approval above
        a depth, `{status: "pending", pending_id, reason, action: "reflect", namespace,
        proposed_depth, require_approval_above_depth}`. MCP-parity route: the body is the tool's
        params object, the 200 body is the tool's JSON output, and a tool error is a 400 `{"error":
        "<message>"}`.

        ``POST /api/v1/memory_reflect``

        Args:
            source_ids: The memories reflected on (one `reflects_on` link each); every id must
                exist.
            title: Title of the reflection.
            content: Content of the reflection.
            tier: Memory tier. Default TTLs are short 6 h, mid 7 days, long none.
            namespace: Target namespace (default the first source's namespace).
            priority: Priority 1 to 10.
            confidence: Confidence 0.0 to 1.0.
            tags: Tags (at most 50; non-string items are dropped).
            metadata: Metadata merged with the reflection metadata (caller keys win);
                `metadata.agent_id` is the writer when `agent_id` is absent.
            depth: Expected reflection depth; must equal 1 + the deepest source's depth (400
                `CALLER_DEPTH_MISMATCH` otherwise).
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _parity_memory_reflect.BINDING, locals())

    async def memory_recall_observations(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        recall_id: str | NotGiven = NOT_GIVEN, consumed: bool | NotGiven = NOT_GIVEN,
        since: str | NotGiven = NOT_GIVEN, until: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryRecallObservationsResponse:  # fmt: skip
        """Recall observations (MCP `memory_recall_observations`)

        Lists recall observations (one row per memory returned by an MCP `memory_recall` call; the
        HTTP `POST /api/v1/recall` records none), optionally filtered by `recall_id`, `consumed`
        (bool), `since`/`until` (RFC 3339); `limit` defaults to 200 (at most 1000). Every param is
        optional. Response `{observations: [...], count}`. MCP-parity route: the body is the tool's
        params object, the 200 body is the tool's JSON output, and a tool error is a 400 `{"error":
        "<message>"}`.

        ``POST /api/v1/memory_recall_observations``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            recall_id: Only the observations of this recall (blank = no filter).
            consumed: Only observations whose memory was (or was not) cited afterwards.
            since: Earliest `observed_at` (RFC 3339, compared as text; blank = no filter).
            until: Latest `observed_at` (RFC 3339, compared as text; blank = no filter).
            limit: Maximum observations (larger values are capped at 1000).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _parity_memory_recall_observations.BINDING, locals())

    async def memory_reflection_origin(self, *, agent_id: str | NotGiven = NOT_GIVEN, memory_id: str,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryReflectionOriginResponse:  # fmt: skip
        """Origin of a reflection (MCP `memory_reflection_origin`)

        Federation provenance of a memory: `memory_id` is required (400 `memory_id is required`; 400
        `memory not found: <id>`). Response `{memory_id, peer_origin, signing_agent, original_depth,
        local_depth_at_arrival, is_reflection}`: `signing_agent` is the memory's
        `metadata.agent_id`; `peer_origin` and `local_depth_at_arrival` are `null` unless the row
        arrived by sync; `is_reflection` means `reflection_depth` > 0. MCP-parity route: the body is
        the tool's params object, the 200 body is the tool's JSON output, and a tool error is a 400
        `{"error": "<message>"}`.

        ``POST /api/v1/memory_reflection_origin``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            memory_id: The memory id (not empty).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _parity_memory_reflection_origin.BINDING, locals())

    async def memory_dependents_of_invalidated(self, *, agent_id: str | NotGiven = NOT_GIVEN, memory_id: str,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryDependentsResponse:  # fmt: skip
        """Dependents of invalidated memories (MCP `memory_dependents_of_invalidated`)

        Lists the memories (reflections) that depend on an invalidated memory: `memory_id` is
        required. Response `{memory_id, count, dependents: [{id, namespace}]}`. MCP-parity route:
        the body is the tool's params object, the 200 body is the tool's JSON output, and a tool
        error is a 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_dependents_of_invalidated``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            memory_id: The memory id (not empty).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _parity_memory_dependents_of_invalidated.BINDING, locals())

    async def memory_export_reflection(self, *, agent_id: str | NotGiven = NOT_GIVEN, memory_id: str,
        format: MemoryExportReflectionRequestFormat | Literal["md", "markdown", "json"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryExportReflectionResponse:  # fmt: skip
        """Export a reflection (MCP `memory_export_reflection`)

        Renders a reflection with its `reflects_on` sources for export: `memory_id` is required,
        `format` is `md` (default, alias `markdown`) or `json`. 400 `memory not found: <id>`,
        `memory is not a reflection: <id>` or an unsupported format. Response `{content,
        suggested_filename}`. MCP-parity route: the body is the tool's params object, the 200 body
        is the tool's JSON output, and a tool error is a 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_export_reflection``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            memory_id: A reflection memory's id.
            format: `md` (alias `markdown`: YAML front matter and the content) or `json`;
                case-insensitive.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _parity_memory_export_reflection.BINDING, locals())

    async def memory_atomise(self, *, agent_id: str | NotGiven = NOT_GIVEN, memory_id: str,
        max_atom_tokens: int | NotGiven = NOT_GIVEN, force_re_atomise: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryAtomiseTierLocked:  # fmt: skip
        """Atomise a memory (MCP `memory_atomise`)

        Splits a memory into atoms with the curator LLM. `memory_id` is required (400),
        `max_atom_tokens` must be an integer in 50..1000 (default 200), `force_re_atomise` a
        boolean. The HTTP route never passes an LLM to the tool, so after validation every daemon
        answers 200 with the tier-locked body `{"tier-locked": "memory_atomise requires smart tier
        or higher", current_tier, required_tier: "smart"}`. MCP-parity route: the body is the tool's
        params object, the 200 body is the tool's JSON output, and a tool error is a 400 `{"error":
        "<message>"}`.

        ``POST /api/v1/memory_atomise``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            memory_id: The memory to split.
            max_atom_tokens: Maximum tokens per atom.
            force_re_atomise: Split again a memory that was already split.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _parity_memory_atomise.BINDING, locals())

    async def memory_calibrate_confidence(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        days: int | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryCalibrateConfidenceResponse:  # fmt: skip
        """Calibrate confidence (MCP `memory_calibrate_confidence`)

        Computes per-source confidence baselines from the recall shadow log over the last `days`
        (default 30; 0 or less gives 400 `days must be a positive integer`). Response `{report:
        {window_days, total_observations, baselines: [...]}}`. MCP-parity route: the body is the
        tool's params object, the 200 body is the tool's JSON output, and a tool error is a 400
        `{"error": "<message>"}`.

        ``POST /api/v1/memory_calibrate_confidence``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            days: Window in days (0 or less is 400 `days must be a positive integer`; a non-integer
                means 30).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _parity_memory_calibrate_confidence.BINDING, locals())

    async def memory_verify(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        link_id: str | NotGiven = NOT_GIVEN, source_id: str | NotGiven = NOT_GIVEN,
        target_id: str | NotGiven = NOT_GIVEN,
        relation: LinkRelation | Literal["related_to", "supersedes", "contradicts", "derived_from", "reflects_on", "derives_from"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryVerifyResponse:  # fmt: skip
        """Verify a memory (MCP `memory_verify`)

        Verifies a link's signature: `link_id` (`source_id--relation-->target_id`) or `source_id` +
        `target_id` (+ `relation`, default `related_to`) is required. 400 when the link does not
        exist (`link not found: (...)`) or the triple is invalid. Response `{signature_verified,
        attest_level, signed_by, signed_at}` (`signed_by`/`signed_at` null for unsigned links).
        MCP-parity route: the body is the tool's params object, the 200 body is the tool's JSON
        output, and a tool error is a 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_verify``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            link_id: `<source_id>--<relation>--><target_id>`; wins over the other fields.
            source_id: Source of the link (required without `link_id`).
            target_id: Target of the link (required without `link_id`).
            relation: Relation of a link.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _parity_memory_verify.BINDING, locals())

    async def memory_replay(self, *, memory_id: str, verbose: bool | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryReplayResult | MemoryReplayAsk:  # fmt: skip
        """Replay events (MCP `memory_replay`)

        Replays the capture transcripts linked to a memory (and its ancestors up to `depth`).
        `memory_id` is required and validated; `verbose` adds the transcript text; a body `agent_id`
        must match `X-Agent-Id` (400 otherwise) and the caller becomes the replaying agent. Response
        `{memory_id, transcripts: [...], count}`; a governance `ask` gives `{status: "ask", reason,
        action: "replay", memory_id}`. MCP-parity route: the body is the tool's params object, the
        200 body is the tool's JSON output, and a tool error is a 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_replay``

        Args:
            memory_id: The memory (validated as an id).
            verbose: Include the text of transcripts over 100 KB (else `truncated`).
            depth: For a reflection, how many `reflects_on` hops to follow (absent = all; negative
                values mean 0).
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _parity_memory_replay.BINDING, locals())

    async def memory_subscription_replay(self, *, subscription_id: str, since: str,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemorySubscriptionReplayResponse:  # fmt: skip
        """Replay webhook deliveries (MCP `memory_subscription_replay`)

        Replays the recorded events of a subscription since an RFC 3339 instant: `subscription_id`
        and `since` are required (400). Only the subscription's owner gets events, anyone else an
        empty list; over HTTP the tool compares the owner with `ai:<sanitised X-Agent-Id>@<daemon
        host>:pid-<pid>` (or the daemon's `AI_MEMORY_AGENT_ID`), never with the raw `X-Agent-Id`
        that a subscription created over HTTP records, so in practice the HTTP route answers with no
        events. Response `{subscription_id, since, count, events: [...]}`. MCP-parity route: the
        body is the tool's params object, the 200 body is the tool's JSON output, and a tool error
        is a 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_subscription_replay``

        Args:
            subscription_id: The subscription.
            since: Earliest delivery time (RFC 3339, compared as text).
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _parity_memory_subscription_replay.BINDING, locals())

    async def memory_subscription_dlq_list(self, *, subscription_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemorySubscriptionDlqListResponse:  # fmt: skip
        """List dead-lettered deliveries (MCP `memory_subscription_dlq_list`)

        Lists dead-lettered webhook deliveries of the caller's subscriptions, optionally of one
        `subscription_id`; `limit` defaults to 100 (clamped to 1..1000). Over HTTP the tool's caller
        is `ai:<sanitised X-Agent-Id>@<daemon host>:pid-<pid>` (or the daemon's
        `AI_MEMORY_AGENT_ID`), which never equals the raw `X-Agent-Id` recorded as the owner of a
        subscription created over HTTP, so in practice the list is empty. Response `{count,
        subscription_id, limit, entries: [...]}` (`subscription_id` null when not given). MCP-parity
        route: the body is the tool's params object, the 200 body is the tool's JSON output, and a
        tool error is a 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_subscription_dlq_list``

        Args:
            subscription_id: Only this subscription's dead letters.
            limit: Maximum entries (clamped to 1..1000).
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _parity_memory_subscription_dlq_list.BINDING, locals())

    async def memory_rule_list(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        kind: str | NotGiven = NOT_GIVEN, enabled_only: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryRuleListResponse:  # fmt: skip
        """List rules (MCP `memory_rule_list`)

        Lists the governance rules that `memory_check_agent_action` applies, optionally of one
        `kind`, or only enabled (and, when enforced, validly signed) ones with `enabled_only`. A new
        daemon has the four seed rules R001-R004 (`/tmp`, `/var/tmp`, `/private/tmp` writes and
        `cargo` on low disk), disabled; no HTTP route adds or enables rules. Response `{count,
        rules: [{id, kind, matcher, severity, reason, namespace, created_by, created_at, enabled,
        signature_b64, attest_level}]}`. MCP-parity route: the body is the tool's params object, the
        200 body is the tool's JSON output, and a tool error is a 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_rule_list``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            kind: Only rules of this kind (`bash`, `filesystem_write`, `network_request`,
                `process_spawn`, `custom`).
            enabled_only: Only enabled rules (and, when an operator key is configured, only validly
                signed ones).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _parity_memory_rule_list.BINDING, locals())

    async def memory_check_agent_action(self, *,
        kind: AgentActionKind | Literal["bash", "filesystem_write", "network_request", "process_spawn", "custom"],
        command: str | NotGiven = NOT_GIVEN, cwd: str | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN, byte_estimate: int | NotGiven = NOT_GIVEN,
        host: str | NotGiven = NOT_GIVEN, scheme: str | NotGiven = NOT_GIVEN,
        binary: str | NotGiven = NOT_GIVEN, args: Sequence[str] | NotGiven = NOT_GIVEN,
        custom_kind: str | NotGiven = NOT_GIVEN, kind_inner: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryCheckAgentActionResponse:  # fmt: skip
        """Check an agent action (MCP `memory_check_agent_action`)

        Checks an agent action against the governance rules. `kind` is required: `bash` (needs
        `command`, optional `cwd`), `filesystem_write` (`path`, `byte_estimate`), `network_request`
        (`host`, `scheme` default `https`), `process_spawn` (`binary`, `args`) or `custom`
        (`custom_kind`); a missing field or unknown kind gives 400. `agent_id` defaults to
        `anonymous:mcp`. Response `{decision: {decision: "allow"|"refuse"|"warn", rule_id?,
        reason?}, kind, agent_id}`. MCP-parity route: the body is the tool's params object, the 200
        body is the tool's JSON output, and a tool error is a 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_check_agent_action``

        Args:
            kind: Kind of an agent action.
            command: Command line (required for `bash`).
            cwd: Working directory (`bash`).
            path: Path written (required for `filesystem_write`).
            byte_estimate: Bytes to write (`filesystem_write`).
            host: Host (required for `network_request`).
            scheme: URL scheme (`network_request`).
            binary: Program (required for `process_spawn`).
            args: Arguments (`process_spawn`; non-string items are dropped).
            custom_kind: Custom action kind (required for `custom`, or `kind_inner`); the whole body
                is the custom payload.
            kind_inner: Alias of `custom_kind`.
            agent_id: Agent reported in the check (not validated, not compared with `X-Agent-Id`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _parity_memory_check_agent_action.BINDING, locals())

    async def search(self, q: str | NotGiven = NOT_GIVEN, *, namespace: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, min_priority: int | NotGiven = NOT_GIVEN,
        since: str | NotGiven = NOT_GIVEN, until: str | NotGiven = NOT_GIVEN,
        tags: str | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        as_agent: str | NotGiven = NOT_GIVEN, source_uri: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SearchResponse:  # fmt: skip
        """Full-text search

        FTS search with AND semantics over title and content. `q` may be omitted only when
        `source_uri` is given (then the response carries `source_uri` instead of `query`).
        Visibility: private memories are returned only to their owner namespace (`as_agent`,
        defaulting to the caller). The result key is `results`, not `memories`.

        ``GET /api/v1/search``

        Args:
            q: Search text (FTS, AND semantics). Required unless `source_uri` is given.
            namespace: Only memories in exactly this namespace (not validated; a namespace that
                cannot exist matches nothing).
            tier: Only memories in this tier (an unknown value gives a text/plain 400).
            limit: Maximum results. Values above 1000 are capped at 1000.
            min_priority: Only memories with at least this priority.
            since: Only memories created at or after this timestamp (compared lexically with
                `created_at`, so use the same RFC 3339 form).
            until: Only memories created at or before this timestamp (compared lexically with
                `created_at`).
            tags: Tag filter.
            agent_id: Only memories whose `metadata.agent_id` equals this id (validated; a bad id
                gives 400 `invalid agent_id filter`).
            as_agent: Evaluate visibility as this agent (validated as a namespace). For recall it
                must equal the caller (403 otherwise).
            source_uri: Return memories whose `source_uri` equals this value.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _recall_search.BINDING, locals())

    async def recall_get(self, *, context: str | NotGiven = NOT_GIVEN, query: str | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN, namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, tags: str | Sequence[str] | NotGiven = NOT_GIVEN,
        since: str | NotGiven = NOT_GIVEN, until: str | NotGiven = NOT_GIVEN,
        as_agent: str | NotGiven = NOT_GIVEN, budget_tokens: int | NotGiven = NOT_GIVEN,
        session_default: bool | NotGiven = NOT_GIVEN, has_citations: bool | NotGiven = NOT_GIVEN,
        source_uri_prefix: str | NotGiven = NOT_GIVEN, kinds: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN, include_archived: bool | NotGiven = NOT_GIVEN,
        confidence_tier: ConfidenceTier | Literal["confirmed", "likely", "ambiguous"] | NotGiven = NOT_GIVEN,
        verbose_provenance: bool | NotGiven = NOT_GIVEN, format: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        accept_provenance: RecallGetAcceptProvenance | Literal["verbose"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RecallResponse:  # fmt: skip
        """Recall memories (query string)

        Same as `POST /api/v1/recall` with the fields in the query string (`kinds` as a
        comma-separated string). Recall is write-coupled: it bumps `access_count`, extends the TTL
        of short and mid memories and may auto-promote mid to long.

        ``GET /api/v1/recall``

        Args:
            context: What to recall. One of `context`, `query` or `q` is required.
            query: Alias of `context`.
            q: Alias of `context`.
            namespace: Only memories in exactly this namespace (not validated; a namespace that
                cannot exist matches nothing).
            limit: Maximum memories (values of 0 mean 10; values above 50 are capped).
            tags: Comma-separated tag filter.
            since: Only memories created at or after this timestamp (compared lexically with
                `created_at`, so use the same RFC 3339 form).
            until: Only memories created at or before this timestamp (compared lexically with
                `created_at`).
            as_agent: Evaluate visibility as this agent (validated as a namespace). For recall it
                must equal the caller (403 otherwise).
            budget_tokens: Token budget; memories are dropped once it is exhausted.
            session_default: Splice in the daemon's `[agents.defaults.recall_scope]` defaults.
            has_citations: Only memories that have (true) or lack (false) citations.
            source_uri_prefix: Only memories whose `source_uri` starts with this prefix.
            kinds: Comma-separated memory kinds, or `all` for no filter.
            session_id: Session id for session-scoped recall.
            include_archived: Also search archived memories.
            confidence_tier: Only memories in this confidence tier.
            verbose_provenance: Return the MCP-decorated memory shape with provenance details.
            format: Output format hint; parsed, but HTTP always returns JSON.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            accept_provenance: `verbose` switches the returned memories to the MCP-decorated shape
                with provenance details.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _recall_recall_get.BINDING, locals())

    async def recall(self, context: str | NotGiven = NOT_GIVEN, *, agent_id: str | NotGiven = NOT_GIVEN,
        accept_provenance: RecallAcceptProvenance | Literal["verbose"] | NotGiven = NOT_GIVEN,
        query: str | NotGiven = NOT_GIVEN, q: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        tags: str | Sequence[str] | NotGiven = NOT_GIVEN, since: str | NotGiven = NOT_GIVEN,
        until: str | NotGiven = NOT_GIVEN, as_agent: str | NotGiven = NOT_GIVEN,
        budget_tokens: int | NotGiven = NOT_GIVEN, session_default: bool | NotGiven = NOT_GIVEN,
        has_citations: bool | NotGiven = NOT_GIVEN, source_uri_prefix: str | NotGiven = NOT_GIVEN,
        kinds: builtins.list[MemoryKind] | str | NotGiven = NOT_GIVEN, session_id: str | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        confidence_tier: ConfidenceTier | Literal["confirmed", "likely", "ambiguous"] | NotGiven = NOT_GIVEN,
        verbose_provenance: bool | NotGiven = NOT_GIVEN, format: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RecallResponse:  # fmt: skip
        """Recall memories

        Hybrid (semantic + FTS) recall, or keyword-only when no embedder is loaded. One of
        `context`, `query` or `q` is required (400 `{"error":"context (or query) is required"}`).
        `as_agent`, when given, must equal the caller (403 otherwise). Each memory carries a `score`
        rounded to 3 decimals. Recall is write-coupled: it bumps `access_count`, extends the TTL
        (short +1 h, mid +1 d), auto-promotes mid to long at 5 accesses and raises the priority
        every 10 accesses.

        ``POST /api/v1/recall``

        Args:
            context: What to recall.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            accept_provenance: `verbose` switches the returned memories to the MCP-decorated shape
                with provenance details.
            query: Alias of `context`.
            q: Alias of `context`.
            namespace: Only this namespace.
            limit: Maximum memories (0 means 10; values above 50 are capped).
            tags: Comma-separated tag filter.
            since: Only memories created at or after this timestamp.
            until: Only memories created at or before this timestamp.
            as_agent: Must equal the caller when given.
            budget_tokens: Token budget; adds `budget_tokens` and `meta` to the response.
            session_default: Splice in the daemon's `[agents.defaults.recall_scope]`.
            has_citations: Only memories with (true) or without (false) citations.
            source_uri_prefix: Only memories whose `source_uri` starts with this prefix.
            kinds: Memory kinds to include, as a comma-separated string or an array; `all` or an
                empty array means no filter.
            session_id: Session id.
            include_archived: Also search archived memories.
            confidence_tier: Confidence band (confirmed >= 0.95, likely >= 0.7, else ambiguous).
            verbose_provenance: Return the MCP-decorated memory shape.
            format: Output format hint (HTTP always returns JSON).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _recall_recall.BINDING, locals())

    async def contradictions(self, *, topic: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContradictionsResponse:  # fmt: skip
        """Find contradicting memories

        Heuristic contradiction finder (no LLM). At least one of `topic` and `namespace` is required
        (else 400). Lists up to `limit` (default 50, capped at 1000) non-expired memories (in
        `namespace` when given), then keeps those visible to the caller (admins see all) and, with
        `topic`, those whose title or `metadata.topic` equals it. `links` holds the stored
        `contradicts` links between the candidates, then one synthesized pair for every two
        candidates with different content (same topic, or without `topic` the same title).

        ``GET /api/v1/contradictions``

        Args:
            topic: Topic to look for contradictions on (matches the title or `metadata.topic`
                exactly).
            namespace: Only memories in exactly this namespace (validated like a stored namespace;
                400 otherwise).
            limit: Maximum memories listed before filtering (default 50, capped at 1000).
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _recall_contradictions.BINDING, locals())

    async def memory_load_family(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        family: ToolFamily | Literal["core", "lifecycle", "graph", "governance", "power", "meta", "archive", "other"],
        namespace: str | NotGiven = NOT_GIVEN, k: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> LoadFamilyResponse:  # fmt: skip
        """Load the memories of a family

        Returns up to `k` (default 20, clamped to 1..100) non-expired memories whose
        `metadata.family` equals `family`, in `namespace` when given (else every namespace), ordered
        by priority then `updated_at`, descending. An unknown family (names are lower-case) or an
        invalid namespace gives 400. No visibility filter is applied.

        ``POST /api/v1/memory_load_family``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            family: A tool family (`metadata.family` of a memory).
            namespace: Namespace (default every namespace).
            k: Maximum memories (the daemon clamps other values to 1..100).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _recall_memory_load_family.BINDING, locals())

    async def skill_register(self, *, inline_skill: str | NotGiven = NOT_GIVEN,
        folder_path: str | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillRegisterResponse:  # fmt: skip
        """Register a skill

        Registers a skill from a `SKILL.md` (YAML front matter with `namespace`, `name`,
        `description`, then the body): either `inline_skill` (the file's text) or `folder_path` (a
        directory on the daemon host holding `SKILL.md` and optional `resources/`). Re-registering
        the same `(namespace, name)` supersedes the previous version (`superseded_id`). Admin only;
        every tool error (neither field, unreadable folder, bad front matter) is a 400 `{"error":
        <message>}`.

        ``POST /api/v1/skill/register``

        Args:
            inline_skill: Full text of a `SKILL.md` (YAML front matter with `namespace`, `name`,
                `description`, then the body).
            folder_path: Directory on the daemon host holding `SKILL.md` and optionally `resources/`
                (used when given, before `inline_skill`).
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _skills_skill_register.BINDING, locals())

    async def skill_list(self, *, namespace: str | NotGiven = NOT_GIVEN, filter: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillListResponse:  # fmt: skip
        """List skills

        Lists the current skills (MCP `memory_skill_list`), optionally in one namespace and whose
        name or description contains `filter` (case-sensitive substring). Admin only.

        ``GET /api/v1/skill/list``

        Args:
            namespace: Only skills in exactly this namespace (not validated; a namespace that cannot
                exist matches nothing).
            filter: Substring that the skill name or description must contain (case-sensitive).
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _skills_skill_list.BINDING, locals())

    async def skill_get(self, *, id: str, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillDetail:  # fmt: skip
        """Get a skill

        Returns one skill with its body and the list of its resources (MCP `memory_skill_get`).
        Admin only; 404 `skill not found: <id>`.

        ``GET /api/v1/skill/{id}``

        Args:
            id: Skill id.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _skills_skill_get.BINDING, locals())

    async def skill_resource(self, *, id: str, path: str, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillResourceContent:  # fmt: skip
        """Read a skill resource

        Returns one resource file of a skill (MCP `memory_skill_resource`): UTF-8 text as is, other
        bytes base64-encoded (`encoding`). The stored SHA-256 digest is re-checked. Admin only; 404
        when the skill has no such resource; 400 for a reference-only resource or a digest mismatch.

        ``GET /api/v1/skill/{id}/resource``

        Args:
            id: Skill id.
            path: Resource path inside the skill (as listed by `skill_get`). Missing gives a
                text/plain 400.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _skills_skill_resource.BINDING, locals())

    async def skill_export(self, *, id: str, agent_id: str | NotGiven = NOT_GIVEN, target_folder: str,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillExportResponse:  # fmt: skip
        """Export a skill to a folder

        Writes a skill as `SKILL.md` plus its inline resources into a folder on the daemon host (MCP
        `memory_skill_export`). Admin only; 404 `skill not found: <id>`; any other tool error (write
        failure, governance refusal of a path) is a 400.

        ``POST /api/v1/skill/{id}/export``

        Args:
            id: Skill id.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            target_folder: Folder on the daemon host.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _skills_skill_export.BINDING, locals())

    async def skill_promote(self, *, id: str, agent_id: str | NotGiven = NOT_GIVEN, name: str,
        description: str, parameters_schema: Any | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillPromoteResponse:  # fmt: skip
        """Promote a reflection into a new skill

        Turns the **reflection memory** `{id}` into a new skill named `name` (MCP
        `memory_skill_promote_from_reflection`): the skill body is built from the reflection and the
        memories it `reflects_on` (attached as `references/source_<n>.md`). `{id}` is a memory id,
        not a skill id. The memory must have `memory_kind` `reflection` and a `reflection_depth` of
        at least the namespace's `skill_promotion_min_depth` (default 1); `name` must be a valid
        skill name and `description` at most 1024 characters. Admin only; 404 when the reflection
        does not exist (any message containing `not found`), 400 for every other tool error.

        ``POST /api/v1/skill/{id}/promote``

        Args:
            id: Id of the reflection memory to promote.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            name: New skill's name (skill-name rules of `SKILL.md`).
            description: New skill's description (at most 1024 characters).
            parameters_schema: Optional JSON Schema of the skill's parameters, stored with it.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _skills_skill_promote.BINDING, locals())

    async def skill_compose(self, *, id: str, agent_id: str | NotGiven = NOT_GIVEN,
        budget_tokens: int | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillComposeResponse:  # fmt: skip
        """Compositional context of a skill

        Returns the skill body with the reflections of the namespaces its metadata `composes` (MCP
        `memory_skill_compositional_context`), best-scored first (recency + access count), within
        `budget_tokens` (default 4000, clamped to 32000; cl100k tokens of each content). The body is
        optional. Admin only; 404 `skill not found: <id>`.

        ``POST /api/v1/skill/{id}/compose``

        Args:
            id: Skill id.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            budget_tokens: Token budget.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _skills_skill_compose.BINDING, locals())

    async def subscriptions(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SubscriptionsResponse:  # fmt: skip
        """List webhook subscriptions

        Lists the caller's own subscriptions (`agent_id`, if given, must equal the caller). `events`
        is a comma-separated string.

        ``GET /api/v1/subscriptions``

        Args:
            agent_id: Must equal the caller (403 otherwise).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _subscriptions_subscriptions.BINDING, locals())

    async def subscribe(self, request: SubscribeRequest | Mapping[str, Any] | None = None, *,
        url: str | NotGiven = NOT_GIVEN, events: str | Sequence[str] | NotGiven = NOT_GIVEN,
        secret: str | NotGiven = NOT_GIVEN, namespace_filter: str | NotGiven = NOT_GIVEN,
        agent_filter: str | NotGiven = NOT_GIVEN, namespace: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SubscriptionCreated:  # fmt: skip
        """Create a webhook subscription

        Subscribes a URL to events. `url` must be http(s); plain http and loopback addresses are
        refused unless `allow_loopback_webhooks` is enabled, and private or link-local addresses are
        refused. A `secret` is required unless the daemon has a server-wide `[hooks.subscription]
        hmac_secret`. The secret is never echoed. Without `url`, a synthetic URL is built from
        `namespace` (which fails the loopback check by default). The caller is auto-registered as an
        `ai:generic` agent if new.

        ``POST /api/v1/subscriptions``

        Args:
            request: the whole request body, as a model or a dict; keyword arguments override its
                fields.
            url: Delivery URL (https; http only for loopback, which is refused unless enabled).
            events: Comma-separated event names or `*`: `memory_store`, `memory_promote`,
                `memory_delete`, `memory_link_created`, `memory_link_invalidated`,
                `memory_consolidated`, `approval_requested`. A JSON array is rejected (422).
            secret: HMAC secret for signing deliveries (required unless the daemon has a server-wide
                secret). Never echoed.
            namespace_filter: Only events in this namespace.
            agent_filter: Only events caused by this agent.
            namespace: Without `url`, build the synthetic URL
                `http://localhost/_ns/<caller>/<namespace>`.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _subscriptions_subscribe.BINDING, locals())

    async def unsubscribe(self, id: str | NotGiven = NOT_GIVEN, *, namespace: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UnsubscribeResponse:  # fmt: skip
        """Delete a webhook subscription

        Deletes a subscription by `id`, or by `namespace` (with optional `agent_id`). Only the
        subscription's creator can delete it; `removed` tells whether a row was deleted.

        ``DELETE /api/v1/subscriptions``

        Args:
            id: Subscription id. Either `id` or `namespace` is required.
            namespace: Delete the caller's subscription on this namespace.
            agent_id: With `namespace`; must equal the caller.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _subscriptions_unsubscribe.BINDING, locals())

    async def health(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Health:  # fmt: skip
        """Health check

        Reports daemon health. Exempt from API-key authentication. Returns 200 when the database
        check passes and 503 (same body, `status: error`) when it fails.

        ``GET /api/v1/health``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _system_health.BINDING, locals())

    async def metrics_root(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str:  # fmt: skip
        """Prometheus metrics (root path)

        Prometheus text exposition; same handler as `GET /api/v1/metrics`. Requires the API key when
        one is configured.

        ``GET /metrics``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _system_metrics_root.BINDING, locals())

    async def metrics(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str:  # fmt: skip
        """Prometheus metrics

        Prometheus text exposition (`text/plain; version=0.0.4`). The `ai_memory_memories` gauge is
        refreshed on every scrape. Requires the API key when one is configured.

        ``GET /api/v1/metrics``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _system_metrics.BINDING, locals())

    async def capabilities(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        accept_capabilities: CapabilitiesVersion | Literal["v1", "v2", "v3"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Capabilities:  # fmt: skip
        """Daemon capabilities

        The MCP capabilities document (version chosen with `Accept-Capabilities`, default v3) plus
        `storage_backend` and `db_schema_version`. Unlike the MCP path, the HTTP response has **no
        `families` block**.

        ``GET /api/v1/capabilities``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            accept_capabilities: Capabilities document version; missing or unknown means v3.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _system_capabilities.BINDING, locals())

    async def session_start(self, *, namespace: str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SessionStartResponse:  # fmt: skip
        """Start a session

        Runs the MCP `memory_session_start` tool: the caller's visible, non-expired memories (in
        `namespace` when given), by priority then recency, at most `limit` (default 10, capped at
        50), each with `score: 0.0`, plus `mode: "session_start"`; the namespace standard(s) of the
        namespace chain, when set, come as `standard` (or `standards`) and are removed from
        `memories`. The daemon adds a fresh `session_id` (UUID) and echoes a body `agent_id`. A body
        `agent_id` that differs from `X-Agent-Id` is a **400** `agent_id body parameter does not
        match X-Agent-Id header`; without the header the body `agent_id` is the caller.

        ``POST /api/v1/session/start``

        Args:
            namespace: Namespace to load (not validated).
            limit: Maximum memories (capped at 50).
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _system_session_start.BINDING, locals())

    async def capture_turn(self, *, agent_id: str | NotGiven = NOT_GIVEN, host_session_id: str,
        host_turn_index: int, role: str, content: str, host_kind: str | NotGiven = NOT_GIVEN,
        host_version: str | NotGiven = NOT_GIVEN,
        tool_calls: Sequence[ToolCallSummary | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        timestamp_iso: datetime.datetime | str | NotGiven = NOT_GIVEN,
        host_signature_b64: str | NotGiven = NOT_GIVEN, host_pubkey_b64: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        metadata: CaptureTurnRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CaptureTurnResponse:  # fmt: skip
        """Capture a conversation turn

        Stores one conversation turn from a host (layer L4). Idempotent on `(host_session_id,
        host_turn_index)`: a re-delivery answers 200 with `dedup_hit: true`, a new turn 201. Every
        body rejection is a 400 JSON `{"error","fields"}` on this route.

        ``POST /api/v1/capture_turn``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            host_session_id: Host session id; with `host_turn_index` the dedup key.
            host_turn_index: Turn counter within the session, from 0 by convention (the daemon does
                not check it).
            role: `user`, `assistant`, `tool_use`, `tool_result`, `system` or `other`.
            content: Verbatim turn text (not blank; no control characters but newline and tab).
            host_kind: Host implementation (e.g. `claude-code`); default `unknown`.
            host_version: Host version.
            tool_calls: Tool calls of the turn.
            timestamp_iso: When the host emitted the turn (used as `created_at`).
            host_signature_b64: Ed25519 signature over the turn's canonical bytes.
            host_pubkey_b64: Enrolled Ed25519 public key to verify the signature with.
            namespace: Target namespace.
            metadata: Extra metadata.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _system_capture_turn.BINDING, locals())

    async def tools_list(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ToolsListResponse:  # fmt: skip
        """MCP tool definitions

        The MCP `tools/list` result for the daemon's configured profile: `{"toolsVersion":
        "2026-05-06", "tools": [...]}`, each tool `{name, description, inputSchema}` (the `docs`
        field is stripped; optional params and long descriptions are trimmed unless the daemon runs
        with verbose tool definitions).

        ``GET /api/v1/tools/list``

        Args:
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _system_tools_list.BINDING, locals())

    async def grant(self, id: str, agent_id: str, *, permission: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:  # fmt: skip
        """Grant an agent access to a memory (not served)

        Per-memory ACL grant advertised by the published SDK. **No released daemon serves this
        route** (not in v0.6.4, v0.7.0 or later route tables): a request gets 404 with an empty body
        (401 when an API key is configured and missing). Kept for SDK compatibility; the body shape
        is the SDK's and is undocumented by any server. Use scopes (`metadata.scope`) or `POST
        /api/v1/share` instead.

        ``POST /api/v1/memories/{id}/grant`` — no released server serves this route.

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most 128
                bytes of `[A-Za-z0-9_:.@-]`, no `..`.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            permission: Permission to grant.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _unserved_grant.BINDING, locals())

    async def revoke(self, id: str, agent_id: str, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:  # fmt: skip
        """Revoke an agent's access to a memory (not served)

        Per-memory ACL revoke advertised by the published SDK. **No released daemon serves this
        route**: a request gets 404 with an empty body (401 when an API key is configured and
        missing). Kept for SDK compatibility; the body shape is the SDK's.

        ``POST /api/v1/memories/{id}/revoke`` — no released server serves this route.

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most 128
                bytes of `[A-Za-z0-9_:.@-]`, no `..`.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _unserved_revoke.BINDING, locals())

    async def cluster(self, request: OpenObject | Mapping[str, Any] | None = None, *,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:  # fmt: skip
        """Cluster peer management (not served)

        Peer management advertised by the published SDK. **No released daemon serves this route**: a
        request gets 404 with an empty body (401 when an API key is configured and missing).
        Federation is configured with `serve --quorum-peers` and runs over `/api/v1/sync/*`.

        ``POST /api/v1/cluster`` — no released server serves this route.

        Args:
            request: the whole request body, as a model or a dict; keyword arguments override its
                fields.
            agent_id: The caller's agent identity. Described in full in the class docstring.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await call(self, _unserved_cluster.BINDING, locals())


class AsyncMethodsWithRawResponse(AsyncResource):
    """Every top-level operation of the API, returning the raw response (``.parse()`` gives the typed result) (async)."""

    async def forget(self, *, agent_id: str | NotGiven = NOT_GIVEN, namespace: str | NotGiven = NOT_GIVEN,
        pattern: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ForgetResponse]:  # fmt: skip
        """``forget``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.forget, locals())

    async def quota_status(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[QuotaStatus | QuotaStatusList]:  # fmt: skip
        """``quota_status``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.quota_status, locals())

    async def stats(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Stats]:  # fmt: skip
        """``stats``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.stats, locals())

    async def gc(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GcResponse]:  # fmt: skip
        """``gc``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.gc, locals())

    async def export(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ExportResponse]:  # fmt: skip
        """``export``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.export, locals())

    async def import_(self, payload: ImportRequest | Mapping[str, Any] | None = None, *,
        agent_id: str | NotGiven = NOT_GIVEN,
        memories: Sequence[ImportMemory | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        links: Sequence[MemoryLink | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ImportResponse]:  # fmt: skip
        """``import_``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.import_, locals())

    async def agents(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[AgentsResponse]:  # fmt: skip
        """``agents``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.agents, locals())

    async def register_agent(self, agent_id: str, agent_type: str,
        capabilities: Sequence[str] | NotGiven = NOT_GIVEN, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[RegisterAgentResponse]:  # fmt: skip
        """``register_agent``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.register_agent, locals())

    async def list_archive(self, *, namespace: str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ArchiveListResponse]:  # fmt: skip
        """``list_archive``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.list_archive, locals())

    async def archive(self, *, agent_id: str | NotGiven = NOT_GIVEN, ids: Sequence[str],
        reason: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ArchiveResponse]:  # fmt: skip
        """``archive``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.archive, locals())

    async def purge_archive(self, *, older_than_days: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PurgeArchiveResponse]:  # fmt: skip
        """``purge_archive``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.purge_archive, locals())

    async def restore_archive(self, *, id: str, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[RestoreArchiveResponse]:  # fmt: skip
        """``restore_archive``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.restore_archive, locals())

    async def archive_stats(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ArchiveStatsResponse]:  # fmt: skip
        """``archive_stats``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.archive_stats, locals())

    async def sync_push(self, *, agent_id: str | NotGiven = NOT_GIVEN, x_peer_id: str | NotGiven = NOT_GIVEN,
        x_memory_sig: str | NotGiven = NOT_GIVEN, x_memory_nonce: str | NotGiven = NOT_GIVEN,
        sender_agent_id: str, memories: Sequence[ImportMemory | Mapping[str, Any]],
        sender_clock: VectorClock | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        sender_wall_clock: str | NotGiven = NOT_GIVEN, deletions: Sequence[str] | NotGiven = NOT_GIVEN,
        archives: Sequence[str] | NotGiven = NOT_GIVEN, restores: Sequence[str] | NotGiven = NOT_GIVEN,
        links: Sequence[MemoryLink | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        pendings: Sequence[PendingAction | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        pending_decisions: Sequence[OpenObject | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        namespace_meta: Sequence[OpenObject | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        namespace_meta_clears: Sequence[str] | NotGiven = NOT_GIVEN, dry_run: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SyncPushResponse]:  # fmt: skip
        """``sync_push``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.sync_push, locals())

    async def sync_since(self, *, since: datetime.datetime | str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, peer: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, x_peer_id: str | NotGiven = NOT_GIVEN,
        x_memory_sig: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SyncSinceResponse]:  # fmt: skip
        """``sync_since``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.sync_since, locals())

    async def pending(self, *, status: str | NotGiven = NOT_GIVEN, namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PendingListResponse]:  # fmt: skip
        """``pending``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.pending, locals())

    async def approve_pending(self, *, id: str, agent_id: str | NotGiven = NOT_GIVEN,
        x_ai_memory_signature: str | NotGiven = NOT_GIVEN, x_ai_memory_timestamp: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ApproveResult | ConsensusPendingResult]:  # fmt: skip
        """``approve_pending``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.approve_pending, locals())

    async def reject_pending(self, *, id: str, agent_id: str | NotGiven = NOT_GIVEN,
        x_ai_memory_signature: str | NotGiven = NOT_GIVEN, x_ai_memory_timestamp: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[RejectResult]:  # fmt: skip
        """``reject_pending``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.reject_pending, locals())

    async def decide_approval(self, *, pending_id: str, agent_id: str | NotGiven = NOT_GIVEN,
        x_ai_memory_signature: str | NotGiven = NOT_GIVEN, x_ai_memory_timestamp: str | NotGiven = NOT_GIVEN,
        decision: ApprovalDecisionRequestDecision | Literal["approve", "deny"],
        remember: RememberMode | Literal["once", "session", "forever"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DecisionResult]:  # fmt: skip
        """``decide_approval``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.decide_approval, locals())

    async def approvals_stream(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[str]:  # fmt: skip
        """``approvals_stream``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.approvals_stream, locals())

    async def register_entity(self, *, canonical_name: str, namespace: str,
        aliases: Sequence[str] | NotGiven = NOT_GIVEN,
        metadata: RegisterEntityRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[EntityResponse]:  # fmt: skip
        """``register_entity``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.register_entity, locals())

    async def entity_by_alias(self, *, alias: str, namespace: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[EntityByAliasResponse]:  # fmt: skip
        """``entity_by_alias``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.entity_by_alias, locals())

    async def kg_timeline(self, *, source_id: str, since: datetime.datetime | str | NotGiven = NOT_GIVEN,
        until: datetime.datetime | str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[KgTimelineResponse]:  # fmt: skip
        """``kg_timeline``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.kg_timeline, locals())

    async def kg_invalidate(self, *, agent_id: str | NotGiven = NOT_GIVEN, source_id: str, target_id: str,
        relation: LinkRelation | Literal["related_to", "supersedes", "contradicts", "derived_from", "reflects_on", "derives_from"],
        valid_until: datetime.datetime | str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[KgInvalidateResponse]:  # fmt: skip
        """``kg_invalidate``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.kg_invalidate, locals())

    async def kg_query(self, *, agent_id: str | NotGiven = NOT_GIVEN, source_id: str | NotGiven = NOT_GIVEN,
        from_: str | NotGiven = NOT_GIVEN, to: str | NotGiven = NOT_GIVEN,
        max_depth: int | NotGiven = NOT_GIVEN, valid_at: datetime.datetime | str | NotGiven = NOT_GIVEN,
        allowed_agents: Sequence[str] | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        include_invalidated: bool | NotGiven = NOT_GIVEN, rel_types: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[KgQueryResponse]:  # fmt: skip
        """``kg_query``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.kg_query, locals())

    async def kg_find_paths(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        source_id: str | NotGiven = NOT_GIVEN, from_id: str | NotGiven = NOT_GIVEN,
        target_id: str | NotGiven = NOT_GIVEN, to_id: str | NotGiven = NOT_GIVEN,
        max_depth: int | NotGiven = NOT_GIVEN, max_results: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[FindPathsResponse]:  # fmt: skip
        """``kg_find_paths``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.kg_find_paths, locals())

    async def find_paths(self, *, agent_id: str | NotGiven = NOT_GIVEN, source_id: str | NotGiven = NOT_GIVEN,
        from_id: str | NotGiven = NOT_GIVEN, target_id: str | NotGiven = NOT_GIVEN,
        to_id: str | NotGiven = NOT_GIVEN, max_depth: int | NotGiven = NOT_GIVEN,
        max_results: int | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[FindPathsResponse]:  # fmt: skip
        """``find_paths``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.find_paths, locals())

    async def link(self, source_id: str, target_id: str,
        relation: LinkRelation | Literal["related_to", "supersedes", "contradicts", "derived_from", "reflects_on", "derives_from"] | NotGiven = NOT_GIVEN,
        *, agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[LinkCreated]:  # fmt: skip
        """``link``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.link, locals())

    async def unlink(self, *, agent_id: str | NotGiven = NOT_GIVEN, source_id: str, target_id: str,
        relation: LinkRelation | Literal["related_to", "supersedes", "contradicts", "derived_from", "reflects_on", "derives_from"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[UnlinkResponse]:  # fmt: skip
        """``unlink``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.unlink, locals())

    async def get_links(self, id: str, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[LinksResponse]:  # fmt: skip
        """``get_links``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.get_links, locals())

    async def verify_link(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        source_id: str | NotGiven = NOT_GIVEN, target_id: str | NotGiven = NOT_GIVEN,
        link_id: str | NotGiven = NOT_GIVEN, verification_nonce: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:  # fmt: skip
        """``verify_link``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.verify_link, locals())

    async def check_duplicate(self, *, agent_id: str | NotGiven = NOT_GIVEN, title: str, content: str,
        namespace: str | NotGiven = NOT_GIVEN, threshold: float | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[CheckDuplicateResponse]:  # fmt: skip
        """``check_duplicate``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.check_duplicate, locals())

    async def auto_tag(self, *, agent_id: str | NotGiven = NOT_GIVEN, memory_id: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN, content: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[AutoTagResponse]:  # fmt: skip
        """``auto_tag``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.auto_tag, locals())

    async def expand_query(self, *, agent_id: str | NotGiven = NOT_GIVEN, query: str,
        namespace: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ExpandQueryResponse]:  # fmt: skip
        """``expand_query``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.expand_query, locals())

    async def list(self, *, namespace: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, offset: int | NotGiven = NOT_GIVEN,
        min_priority: int | NotGiven = NOT_GIVEN, since: str | NotGiven = NOT_GIVEN,
        until: str | NotGiven = NOT_GIVEN, tags: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ListMemoriesResponse]:  # fmt: skip
        """``list``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.list, locals())

    async def store(self, *, title: str, content: str,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN, tags: Sequence[str] | NotGiven = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN, confidence: float | NotGiven = NOT_GIVEN,
        source: Source | Literal["user", "claude", "hook", "api", "cli", "import", "consolidation", "system", "chaos", "notify", "nhi"] | NotGiven = NOT_GIVEN,
        expires_at: datetime.datetime | str | NotGiven = NOT_GIVEN, ttl_secs: int | NotGiven = NOT_GIVEN,
        metadata: CreateMemoryMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        scope: Scope | Literal["private", "team", "unit", "org", "collective"] | NotGiven = NOT_GIVEN,
        on_conflict: OnConflict | Literal["error", "merge", "version"] | NotGiven = NOT_GIVEN,
        detect_conflicts: bool | NotGiven = NOT_GIVEN, force: bool | NotGiven = NOT_GIVEN,
        citations: Sequence[Citation | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        source_uri: str | NotGiven = NOT_GIVEN,
        source_span: SourceSpan | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        kind: MemoryKind | Literal["observation", "reflection", "persona", "concept", "entity", "claim", "relation", "event", "conversation", "decision"] | NotGiven = NOT_GIVEN,
        signature: str | NotGiven = NOT_GIVEN, created_at: datetime.datetime | str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[CreateMemoryResponse | GovernancePending]:  # fmt: skip
        """``store``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.store, locals())

    async def bulk_store(self, memories: Sequence[CreateMemory | Mapping[str, Any]], *,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[BulkCreateResponse]:  # fmt: skip
        """``bulk_store``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.bulk_store, locals())

    async def get(self, id: str, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoryWithLinks]:  # fmt: skip
        """``get``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.get, locals())

    async def update(self, id: str, body: UpdateMemory | Mapping[str, Any] | None = None, *,
        if_match: str | NotGiven = NOT_GIVEN, title: str | NotGiven = NOT_GIVEN,
        content: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN, tags: Sequence[str] | NotGiven = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN, confidence: float | NotGiven = NOT_GIVEN,
        expires_at: datetime.datetime | str | NotGiven = NOT_GIVEN,
        metadata: UpdateMemoryMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        source_uri: str | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Memory | None]:  # fmt: skip
        """``update``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.update, locals())

    async def delete(self, id: str, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DeleteMemoryResponse | GovernancePending]:  # fmt: skip
        """``delete``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.delete, locals())

    async def promote(self, id: str, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PromoteResponse | GovernancePending]:  # fmt: skip
        """``promote``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.promote, locals())

    async def lineage(self, id: str, *,
        direction: LineageDirection | Literal["ancestors", "descendants"] | NotGiven = NOT_GIVEN,
        max_depth: int | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[LineageResponse]:  # fmt: skip
        """``lineage``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.lineage, locals())

    async def consolidate(self, *, ids: Sequence[str], title: str, summary: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, use_llm: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ConsolidateResponse]:  # fmt: skip
        """``consolidate``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.consolidate, locals())

    async def share(self, *, agent_id: str | NotGiven = NOT_GIVEN, source_memory_id: str,
        target_agent_id: str, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ShareResponse]:  # fmt: skip
        """``share``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.share, locals())

    async def notify(self, request: NotifyRequest | Mapping[str, Any] | None = None, *,
        target_agent_id: str | NotGiven = NOT_GIVEN, title: str | NotGiven = NOT_GIVEN,
        payload: str | NotGiven = NOT_GIVEN, content: str | NotGiven = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[NotifyResponse]:  # fmt: skip
        """``notify``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.notify, locals())

    async def inbox(self, *, agent_id: str | NotGiven = NOT_GIVEN, unread_only: bool | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[InboxResponse]:  # fmt: skip
        """``inbox``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.inbox, locals())

    async def namespaces(self, *, namespace: str | NotGiven = NOT_GIVEN, inherit: bool | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[NamespaceList | NamespaceStandard]:  # fmt: skip
        """``namespaces``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.namespaces, locals())

    async def set_namespace_standard_qs(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        standard: OpenObject | Mapping[str, Any] | NotGiven = NOT_GIVEN, id: str | NotGiven = NOT_GIVEN,
        parent: str | NotGiven = NOT_GIVEN,
        governance: GovernancePolicy | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[NamespaceStandardSetResult]:  # fmt: skip
        """``set_namespace_standard_qs``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.set_namespace_standard_qs, locals())

    async def clear_namespace_standard_qs(self, *, namespace: str, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[NamespaceStandardClearedResult]:  # fmt: skip
        """``clear_namespace_standard_qs``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.clear_namespace_standard_qs, locals())

    async def get_namespace_standard(self, *, ns: str, inherit: bool | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[NamespaceStandard]:  # fmt: skip
        """``get_namespace_standard``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.get_namespace_standard, locals())

    async def set_namespace_standard(self, *, ns: str, agent_id: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        standard: OpenObject | Mapping[str, Any] | NotGiven = NOT_GIVEN, id: str | NotGiven = NOT_GIVEN,
        parent: str | NotGiven = NOT_GIVEN,
        governance: GovernancePolicy | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[NamespaceStandardSetResult]:  # fmt: skip
        """``set_namespace_standard``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.set_namespace_standard, locals())

    async def clear_namespace_standard(self, *, ns: str, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[NamespaceStandardClearedResult]:  # fmt: skip
        """``clear_namespace_standard``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.clear_namespace_standard, locals())

    async def taxonomy(self, *, prefix: str | NotGiven = NOT_GIVEN, root: str | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[TaxonomyResponse]:  # fmt: skip
        """``taxonomy``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.taxonomy, locals())

    async def memory_smart_load(self, *, agent_id: str | NotGiven = NOT_GIVEN, intent: str,
        namespace: str | NotGiven = NOT_GIVEN, k: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemorySmartLoadResponse]:  # fmt: skip
        """``memory_smart_load``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.memory_smart_load, locals())

    async def memory_reflect(self, *, source_ids: Sequence[str], title: str, content: str,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN, priority: int | NotGiven = NOT_GIVEN,
        confidence: float | NotGiven = NOT_GIVEN, tags: Sequence[str] | NotGiven = NOT_GIVEN,
        metadata: MemoryReflectRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoryReflectResult | MemoryReflectPending]:  # fmt: skip
        """``memory_reflect``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.memory_reflect, locals())

    async def memory_recall_observations(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        recall_id: str | NotGiven = NOT_GIVEN, consumed: bool | NotGiven = NOT_GIVEN,
        since: str | NotGiven = NOT_GIVEN, until: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoryRecallObservationsResponse]:  # fmt: skip
        """``memory_recall_observations``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.memory_recall_observations, locals())

    async def memory_reflection_origin(self, *, agent_id: str | NotGiven = NOT_GIVEN, memory_id: str,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoryReflectionOriginResponse]:  # fmt: skip
        """``memory_reflection_origin``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.memory_reflection_origin, locals())

    async def memory_dependents_of_invalidated(self, *, agent_id: str | NotGiven = NOT_GIVEN, memory_id: str,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoryDependentsResponse]:  # fmt: skip
        """``memory_dependents_of_invalidated``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.memory_dependents_of_invalidated, locals())

    async def memory_export_reflection(self, *, agent_id: str | NotGiven = NOT_GIVEN, memory_id: str,
        format: MemoryExportReflectionRequestFormat | Literal["md", "markdown", "json"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoryExportReflectionResponse]:  # fmt: skip
        """``memory_export_reflection``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.memory_export_reflection, locals())

    async def memory_atomise(self, *, agent_id: str | NotGiven = NOT_GIVEN, memory_id: str,
        max_atom_tokens: int | NotGiven = NOT_GIVEN, force_re_atomise: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoryAtomiseTierLocked]:  # fmt: skip
        """``memory_atomise``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.memory_atomise, locals())

    async def memory_calibrate_confidence(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        days: int | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoryCalibrateConfidenceResponse]:  # fmt: skip
        """``memory_calibrate_confidence``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.memory_calibrate_confidence, locals())

    async def memory_verify(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        link_id: str | NotGiven = NOT_GIVEN, source_id: str | NotGiven = NOT_GIVEN,
        target_id: str | NotGiven = NOT_GIVEN,
        relation: LinkRelation | Literal["related_to", "supersedes", "contradicts", "derived_from", "reflects_on", "derives_from"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoryVerifyResponse]:  # fmt: skip
        """``memory_verify``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.memory_verify, locals())

    async def memory_replay(self, *, memory_id: str, verbose: bool | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoryReplayResult | MemoryReplayAsk]:  # fmt: skip
        """``memory_replay``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.memory_replay, locals())

    async def memory_subscription_replay(self, *, subscription_id: str, since: str,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemorySubscriptionReplayResponse]:  # fmt: skip
        """``memory_subscription_replay``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.memory_subscription_replay, locals())

    async def memory_subscription_dlq_list(self, *, subscription_id: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemorySubscriptionDlqListResponse]:  # fmt: skip
        """``memory_subscription_dlq_list``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.memory_subscription_dlq_list, locals())

    async def memory_rule_list(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        kind: str | NotGiven = NOT_GIVEN, enabled_only: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoryRuleListResponse]:  # fmt: skip
        """``memory_rule_list``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.memory_rule_list, locals())

    async def memory_check_agent_action(self, *,
        kind: AgentActionKind | Literal["bash", "filesystem_write", "network_request", "process_spawn", "custom"],
        command: str | NotGiven = NOT_GIVEN, cwd: str | NotGiven = NOT_GIVEN,
        path: str | NotGiven = NOT_GIVEN, byte_estimate: int | NotGiven = NOT_GIVEN,
        host: str | NotGiven = NOT_GIVEN, scheme: str | NotGiven = NOT_GIVEN,
        binary: str | NotGiven = NOT_GIVEN, args: Sequence[str] | NotGiven = NOT_GIVEN,
        custom_kind: str | NotGiven = NOT_GIVEN, kind_inner: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoryCheckAgentActionResponse]:  # fmt: skip
        """``memory_check_agent_action``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.memory_check_agent_action, locals())

    async def search(self, q: str | NotGiven = NOT_GIVEN, *, namespace: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, min_priority: int | NotGiven = NOT_GIVEN,
        since: str | NotGiven = NOT_GIVEN, until: str | NotGiven = NOT_GIVEN,
        tags: str | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        as_agent: str | NotGiven = NOT_GIVEN, source_uri: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SearchResponse]:  # fmt: skip
        """``search``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.search, locals())

    async def recall_get(self, *, context: str | NotGiven = NOT_GIVEN, query: str | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN, namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN, tags: str | Sequence[str] | NotGiven = NOT_GIVEN,
        since: str | NotGiven = NOT_GIVEN, until: str | NotGiven = NOT_GIVEN,
        as_agent: str | NotGiven = NOT_GIVEN, budget_tokens: int | NotGiven = NOT_GIVEN,
        session_default: bool | NotGiven = NOT_GIVEN, has_citations: bool | NotGiven = NOT_GIVEN,
        source_uri_prefix: str | NotGiven = NOT_GIVEN, kinds: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN, include_archived: bool | NotGiven = NOT_GIVEN,
        confidence_tier: ConfidenceTier | Literal["confirmed", "likely", "ambiguous"] | NotGiven = NOT_GIVEN,
        verbose_provenance: bool | NotGiven = NOT_GIVEN, format: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        accept_provenance: RecallGetAcceptProvenance | Literal["verbose"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[RecallResponse]:  # fmt: skip
        """``recall_get``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.recall_get, locals())

    async def recall(self, context: str | NotGiven = NOT_GIVEN, *, agent_id: str | NotGiven = NOT_GIVEN,
        accept_provenance: RecallAcceptProvenance | Literal["verbose"] | NotGiven = NOT_GIVEN,
        query: str | NotGiven = NOT_GIVEN, q: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        tags: str | Sequence[str] | NotGiven = NOT_GIVEN, since: str | NotGiven = NOT_GIVEN,
        until: str | NotGiven = NOT_GIVEN, as_agent: str | NotGiven = NOT_GIVEN,
        budget_tokens: int | NotGiven = NOT_GIVEN, session_default: bool | NotGiven = NOT_GIVEN,
        has_citations: bool | NotGiven = NOT_GIVEN, source_uri_prefix: str | NotGiven = NOT_GIVEN,
        kinds: builtins.list[MemoryKind] | str | NotGiven = NOT_GIVEN, session_id: str | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        confidence_tier: ConfidenceTier | Literal["confirmed", "likely", "ambiguous"] | NotGiven = NOT_GIVEN,
        verbose_provenance: bool | NotGiven = NOT_GIVEN, format: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[RecallResponse]:  # fmt: skip
        """``recall``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.recall, locals())

    async def contradictions(self, *, topic: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ContradictionsResponse]:  # fmt: skip
        """``contradictions``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.contradictions, locals())

    async def memory_load_family(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        family: ToolFamily | Literal["core", "lifecycle", "graph", "governance", "power", "meta", "archive", "other"],
        namespace: str | NotGiven = NOT_GIVEN, k: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[LoadFamilyResponse]:  # fmt: skip
        """``memory_load_family``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.memory_load_family, locals())

    async def skill_register(self, *, inline_skill: str | NotGiven = NOT_GIVEN,
        folder_path: str | NotGiven = NOT_GIVEN, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillRegisterResponse]:  # fmt: skip
        """``skill_register``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.skill_register, locals())

    async def skill_list(self, *, namespace: str | NotGiven = NOT_GIVEN, filter: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillListResponse]:  # fmt: skip
        """``skill_list``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.skill_list, locals())

    async def skill_get(self, *, id: str, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillDetail]:  # fmt: skip
        """``skill_get``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.skill_get, locals())

    async def skill_resource(self, *, id: str, path: str, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillResourceContent]:  # fmt: skip
        """``skill_resource``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.skill_resource, locals())

    async def skill_export(self, *, id: str, agent_id: str | NotGiven = NOT_GIVEN, target_folder: str,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillExportResponse]:  # fmt: skip
        """``skill_export``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.skill_export, locals())

    async def skill_promote(self, *, id: str, agent_id: str | NotGiven = NOT_GIVEN, name: str,
        description: str, parameters_schema: Any | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillPromoteResponse]:  # fmt: skip
        """``skill_promote``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.skill_promote, locals())

    async def skill_compose(self, *, id: str, agent_id: str | NotGiven = NOT_GIVEN,
        budget_tokens: int | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillComposeResponse]:  # fmt: skip
        """``skill_compose``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.skill_compose, locals())

    async def subscriptions(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SubscriptionsResponse]:  # fmt: skip
        """``subscriptions``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.subscriptions, locals())

    async def subscribe(self, request: SubscribeRequest | Mapping[str, Any] | None = None, *,
        url: str | NotGiven = NOT_GIVEN, events: str | Sequence[str] | NotGiven = NOT_GIVEN,
        secret: str | NotGiven = NOT_GIVEN, namespace_filter: str | NotGiven = NOT_GIVEN,
        agent_filter: str | NotGiven = NOT_GIVEN, namespace: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SubscriptionCreated]:  # fmt: skip
        """``subscribe``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.subscribe, locals())

    async def unsubscribe(self, id: str | NotGiven = NOT_GIVEN, *, namespace: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[UnsubscribeResponse]:  # fmt: skip
        """``unsubscribe``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.unsubscribe, locals())

    async def health(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Health]:  # fmt: skip
        """``health``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.health, locals())

    async def metrics_root(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[str]:  # fmt: skip
        """``metrics_root``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.metrics_root, locals())

    async def metrics(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[str]:  # fmt: skip
        """``metrics``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.metrics, locals())

    async def capabilities(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        accept_capabilities: CapabilitiesVersion | Literal["v1", "v2", "v3"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Capabilities]:  # fmt: skip
        """``capabilities``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.capabilities, locals())

    async def session_start(self, *, namespace: str | NotGiven = NOT_GIVEN, limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SessionStartResponse]:  # fmt: skip
        """``session_start``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.session_start, locals())

    async def capture_turn(self, *, agent_id: str | NotGiven = NOT_GIVEN, host_session_id: str,
        host_turn_index: int, role: str, content: str, host_kind: str | NotGiven = NOT_GIVEN,
        host_version: str | NotGiven = NOT_GIVEN,
        tool_calls: Sequence[ToolCallSummary | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        timestamp_iso: datetime.datetime | str | NotGiven = NOT_GIVEN,
        host_signature_b64: str | NotGiven = NOT_GIVEN, host_pubkey_b64: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        metadata: CaptureTurnRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[CaptureTurnResponse]:  # fmt: skip
        """``capture_turn``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.capture_turn, locals())

    async def tools_list(self, *, agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ToolsListResponse]:  # fmt: skip
        """``tools_list``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.tools_list, locals())

    async def grant(self, id: str, agent_id: str, *, permission: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None, extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:  # fmt: skip
        """``grant``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.grant, locals())

    async def revoke(self, id: str, agent_id: str, *, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:  # fmt: skip
        """``revoke``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.revoke, locals())

    async def cluster(self, request: OpenObject | Mapping[str, Any] | None = None, *,
        agent_id: str | NotGiven = NOT_GIVEN, extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None, extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:  # fmt: skip
        """``cluster``, returning the raw response (``.parse()`` gives the typed result)."""
        return await call_raw(self, AsyncMethods.cluster, locals())
