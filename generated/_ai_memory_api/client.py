"""Typed facade of the ai-memory daemon HTTP API API — generated, do not edit.

Every operation of the spec is a method here; each packs its arguments by wire name and hands
them, with the operation's descriptor, to the engine (``agent_memory_sdk``) that owns auth,
retries, errors and parsing.
"""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping, Sequence
from functools import cached_property
from typing import TYPE_CHECKING, Any, Literal

from .api.admin import export as _admin_export
from .api.admin import forget as _admin_forget
from .api.admin import gc as _admin_gc
from .api.admin import import_ as _admin_import_
from .api.admin import quota_status as _admin_quota_status
from .api.admin import stats as _admin_stats
from .api.agents import agents as _agents_agents
from .api.agents import register_agent as _agents_register_agent
from .api.archive import archive as _archive_archive
from .api.archive import archive_stats as _archive_archive_stats
from .api.archive import list_archive as _archive_list_archive
from .api.archive import purge_archive as _archive_purge_archive
from .api.archive import restore_archive as _archive_restore_archive
from .api.federation import sync_push as _federation_sync_push
from .api.federation import sync_since as _federation_sync_since
from .api.governance import approvals_stream as _governance_approvals_stream
from .api.governance import approve_pending as _governance_approve_pending
from .api.governance import decide_approval as _governance_decide_approval
from .api.governance import pending as _governance_pending
from .api.governance import reject_pending as _governance_reject_pending
from .api.knowledge_graph import entity_by_alias as _knowledge_graph_entity_by_alias
from .api.knowledge_graph import find_paths as _knowledge_graph_find_paths
from .api.knowledge_graph import kg_find_paths as _knowledge_graph_kg_find_paths
from .api.knowledge_graph import kg_invalidate as _knowledge_graph_kg_invalidate
from .api.knowledge_graph import kg_query as _knowledge_graph_kg_query
from .api.knowledge_graph import kg_timeline as _knowledge_graph_kg_timeline
from .api.knowledge_graph import register_entity as _knowledge_graph_register_entity
from .api.links import get_links as _links_get_links
from .api.links import link as _links_link
from .api.links import unlink as _links_unlink
from .api.links import verify_link as _links_verify_link
from .api.llm import auto_tag as _llm_auto_tag
from .api.llm import check_duplicate as _llm_check_duplicate
from .api.llm import expand_query as _llm_expand_query
from .api.memories import bulk_store as _memories_bulk_store
from .api.memories import consolidate as _memories_consolidate
from .api.memories import delete as _memories_delete
from .api.memories import get as _memories_get
from .api.memories import lineage as _memories_lineage
from .api.memories import list_ as _memories_list_
from .api.memories import promote as _memories_promote
from .api.memories import share as _memories_share
from .api.memories import store as _memories_store
from .api.memories import update as _memories_update
from .api.messaging import inbox as _messaging_inbox
from .api.messaging import notify as _messaging_notify
from .api.namespaces import (
    clear_namespace_standard as _namespaces_clear_namespace_standard,
)
from .api.namespaces import (
    clear_namespace_standard_qs as _namespaces_clear_namespace_standard_qs,
)
from .api.namespaces import get_namespace_standard as _namespaces_get_namespace_standard
from .api.namespaces import namespaces as _namespaces_namespaces
from .api.namespaces import set_namespace_standard as _namespaces_set_namespace_standard
from .api.namespaces import (
    set_namespace_standard_qs as _namespaces_set_namespace_standard_qs,
)
from .api.namespaces import taxonomy as _namespaces_taxonomy
from .api.parity import memory_atomise as _parity_memory_atomise
from .api.parity import (
    memory_calibrate_confidence as _parity_memory_calibrate_confidence,
)
from .api.parity import memory_check_agent_action as _parity_memory_check_agent_action
from .api.parity import (
    memory_dependents_of_invalidated as _parity_memory_dependents_of_invalidated,
)
from .api.parity import memory_export_reflection as _parity_memory_export_reflection
from .api.parity import memory_recall_observations as _parity_memory_recall_observations
from .api.parity import memory_reflect as _parity_memory_reflect
from .api.parity import memory_reflection_origin as _parity_memory_reflection_origin
from .api.parity import memory_replay as _parity_memory_replay
from .api.parity import memory_rule_list as _parity_memory_rule_list
from .api.parity import memory_smart_load as _parity_memory_smart_load
from .api.parity import (
    memory_subscription_dlq_list as _parity_memory_subscription_dlq_list,
)
from .api.parity import memory_subscription_replay as _parity_memory_subscription_replay
from .api.parity import memory_verify as _parity_memory_verify
from .api.recall import contradictions as _recall_contradictions
from .api.recall import memory_load_family as _recall_memory_load_family
from .api.recall import recall as _recall_recall
from .api.recall import recall_get as _recall_recall_get
from .api.recall import search as _recall_search
from .api.skills import skill_compose as _skills_skill_compose
from .api.skills import skill_export as _skills_skill_export
from .api.skills import skill_get as _skills_skill_get
from .api.skills import skill_list as _skills_skill_list
from .api.skills import skill_promote as _skills_skill_promote
from .api.skills import skill_register as _skills_skill_register
from .api.skills import skill_resource as _skills_skill_resource
from .api.subscriptions import subscribe as _subscriptions_subscribe
from .api.subscriptions import subscriptions as _subscriptions_subscriptions
from .api.subscriptions import unsubscribe as _subscriptions_unsubscribe
from .api.system import capabilities as _system_capabilities
from .api.system import capture_turn as _system_capture_turn
from .api.system import health as _system_health
from .api.system import metrics as _system_metrics
from .api.system import metrics_root as _system_metrics_root
from .api.system import session_start as _system_session_start
from .api.system import tools_list as _system_tools_list
from .api.unserved import cluster as _unserved_cluster
from .api.unserved import grant as _unserved_grant
from .api.unserved import revoke as _unserved_revoke
from .types import NOT_GIVEN, AsyncResource, NotGiven, SyncResource, merge_body

if TYPE_CHECKING:
    import httpx
    from agent_memory_sdk._pagination import AsyncPage, SyncPage
    from agent_memory_sdk._response import APIResponse

    from .models import (
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
        LoadFamilyResponse,
        Memory,
        MemoryKind,
        MemoryLink,
        MemoryWithLinks,
        NamespaceStandard,
        NotifyRequest,
        NotifyResponse,
        OnConflict,
        OpenObject,
        PendingAction,
        PendingListResponse,
        PromoteResponse,
        PurgeArchiveResponse,
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
        SyncSinceResponse,
        TaxonomyResponse,
        Tier,
        ToolCallSummary,
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


class Methods(SyncResource):
    """Every top-level operation of the API."""

    @cached_property
    def with_raw_response(self) -> MethodsWithRawResponse:
        """The same methods, returning the raw response: status, headers, request id, ``.parse()``."""
        return MethodsWithRawResponse(self._client)

    def forget(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        pattern: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ForgetResponse:
        """Bulk-delete memories by namespace, pattern or tier

        Deletes every memory matching all given filters (archived first when `archive_on_gc` is
        set). At least one filter is required. Admin only. The filters travel in a JSON body, not
        in the query string; because the body is extracted before the admin check, a call without
        a JSON body gets 415 before 403.

        ``POST /api/v1/forget``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            namespace: Delete memories in this namespace.
            pattern: Delete memories matching this FTS pattern.
            tier: Memory tier. Default TTLs are short 6 h, mid 7 days, long none.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _admin_forget.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "namespace": namespace,
                "pattern": pattern,
                "tier": tier,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def quota_status(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Quota status

        With `agent_id`: the quota of that agent, which must be the caller (`X-Agent-Id`) — any
        other id is 403, admin or not (so without the header, whose anonymous id is new on every
        request, a body `agent_id` is always 403). With `namespace` too, the row of that
        `(agent_id, namespace)` pair (created with the default limits if absent); without it, the
        aggregate over the agent's namespaces (`namespace` = `_global`; maxima of the limits, sums
        of the counters). Without `agent_id`: admin only, the list of every quota row
        (`{"quotas":[...],"count":N}`, ordered by agent id then namespace), filtered by
        `namespace` when given. Default limits: 1000 memories/day, 100 MiB storage, 5000
        links/day.

        ``POST /api/v1/quota/status``

        Args:
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            namespace: With `agent_id`, the namespace row to read (else the aggregate); without it,
                filters the list.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _admin_quota_status.OPERATION,
            path={},
            query={},
            headers={},
            body={
                "agent_id": agent_id,
                "namespace": namespace,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def stats(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Stats:
        """Database statistics

        Counts by tier and namespace, links, database size. Admin only.

        ``GET /api/v1/stats``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _admin_stats.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def gc(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GcResponse:
        """Delete expired memories

        Deletes expired memories now (archiving them first when `archive_on_gc` is set). Takes no
        body. Admin only.

        ``POST /api/v1/gc``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _admin_gc.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def export(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ExportResponse:
        """Export all memories and links

        Exports every memory and link as JSON (the simple HTTP shape, not the CLI `v1` portability
        envelope). Admin only.

        ``GET /api/v1/export``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _admin_export.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def import_(
        self,
        payload: ImportRequest | Mapping[str, Any] | None = None,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        memories: Sequence[ImportMemory | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        links: Sequence[MemoryLink | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ImportResponse:
        """Import memories and links

        Imports up to 1000 full memory objects (for example the output of `export`) and optional
        links. `metadata.agent_id` is re-stamped to the caller and the original is kept in
        `metadata.imported_from_agent_id`. Invalid links are skipped silently; per-memory failures
        are reported as sanitised strings in `errors`. Admin only.

        ``POST /api/v1/import``

        Args:
            payload: the whole request body, as a model or a dict; keyword arguments override its fields.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            memories: Memories to import (at most 1000).
            links: Links to import (invalid ones are skipped).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _admin_import_.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=merge_body(
                payload,
                {
                    "memories": memories,
                    "links": links,
                },
            ),
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def agents(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AgentsResponse:
        """List registered agents

        Lists the agent registry (stored as memories in namespace `_agents`). Admin only.

        ``GET /api/v1/agents``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _agents_agents.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def register_agent(
        self,
        agent_id: str,
        agent_type: str,
        capabilities: Sequence[str] | NotGiven = NOT_GIVEN,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RegisterAgentResponse:
        """Register an agent

        Registers (or re-registers) an agent. The registration is stored as the memory
        `agent:<agent_id>` in namespace `_agents`.

        ``POST /api/v1/agents``

        Args:
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            agent_type: `human`, `system` or `ai:<name>` (e.g. `ai:claude-opus-4.7`, `ai:codex-5.4`); at
                most 64 bytes.
            capabilities: Capabilities (tag rules).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _agents_register_agent.OPERATION,
            path={},
            query={},
            headers={},
            body={
                "agent_id": agent_id,
                "agent_type": agent_type,
                "capabilities": capabilities,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def list_archive(
        self,
        *,
        namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ArchiveListResponse:
        """List archived memories

        Lists archived memories (memory fields plus `archived_at` and `archive_reason`). Admin only.

        ``GET /api/v1/archive``

        Args:
            namespace: Only memories in exactly this namespace.
            limit: Page size.
            offset: Rows to skip.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _archive_list_archive.OPERATION,
            path={},
            query={
                "namespace": namespace,
                "limit": limit,
                "offset": offset,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def archive(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        ids: Sequence[str],
        reason: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ArchiveResponse:
        """Archive memories by id

        Moves up to 1000 memories to the archive.

        ``POST /api/v1/archive``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            ids: Memory ids (at most 1000).
            reason: Archive reason.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _archive_archive.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "ids": ids,
                "reason": reason,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def purge_archive(
        self,
        *,
        older_than_days: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PurgeArchiveResponse:
        """Purge the archive

        Permanently deletes archived memories (all, or those archived more than `older_than_days`
        days ago). Non-admin callers purge only their own rows (`owner_scope`).

        ``DELETE /api/v1/archive``

        Args:
            older_than_days: Only purge rows archived more than this many days ago.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _archive_purge_archive.OPERATION,
            path={},
            query={
                "older_than_days": older_than_days,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def restore_archive(
        self,
        *,
        id: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RestoreArchiveResponse:
        """Restore an archived memory

        Moves a memory from the archive back to the live table. Takes no body.

        ``POST /api/v1/archive/{id}/restore``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _archive_restore_archive.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def archive_stats(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ArchiveStatsResponse:
        """Archive statistics

        Archived memory counts, total and by namespace. Admin only.

        ``GET /api/v1/archive/stats``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _archive_archive_stats.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def sync_push(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        x_peer_id: str | NotGiven = NOT_GIVEN,
        x_memory_sig: str | NotGiven = NOT_GIVEN,
        x_memory_nonce: str | NotGiven = NOT_GIVEN,
        sender_agent_id: str,
        sender_clock: VectorClock | Mapping[str, Any],
        sender_wall_clock: str | NotGiven = NOT_GIVEN,
        memories: Sequence[ImportMemory | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        deletions: Sequence[str] | NotGiven = NOT_GIVEN,
        archives: Sequence[str] | NotGiven = NOT_GIVEN,
        restores: Sequence[str] | NotGiven = NOT_GIVEN,
        links: Sequence[MemoryLink | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        pendings: Sequence[PendingAction | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        pending_decisions: Sequence[OpenObject | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        namespace_meta: Sequence[OpenObject | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        namespace_meta_clears: Sequence[str] | NotGiven = NOT_GIVEN,
        dry_run: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Receive a federation push

        Receives a batch of changes from a peer daemon (at most 1000 memories). Peers sign the body
        (`X-Memory-Sig`, `X-Memory-Nonce`, `X-Peer-Id`; enforced with `AI_MEMORY_FED_REQUIRE_SIG`
        and `AI_MEMORY_FED_REQUIRE_NONCE`). Quota overruns give 429 with `x-quota-reset-at` and
        `x-quota-limit`.

        ``POST /api/v1/sync/push``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            x_peer_id: Id of the sending peer daemon.
            x_memory_sig: Peer signature over the request (required when `AI_MEMORY_FED_REQUIRE_SIG` is
                set).
            x_memory_nonce: Replay-protection nonce (required when `AI_MEMORY_FED_REQUIRE_NONCE` is set).
            sender_agent_id: Sending peer's agent id.
            sender_clock: Map of peer agent id to the latest `updated_at` seen from that peer.
            sender_wall_clock: Sender's wall clock (RFC 3339).
            memories: Memories to upsert (at most 1000).
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
        return self._client.request(
            _federation_sync_push.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
                "X-Peer-Id": x_peer_id,
                "X-Memory-Sig": x_memory_sig,
                "X-Memory-Nonce": x_memory_nonce,
            },
            body={
                "sender_agent_id": sender_agent_id,
                "sender_clock": sender_clock,
                "sender_wall_clock": sender_wall_clock,
                "memories": memories,
                "deletions": deletions,
                "archives": archives,
                "restores": restores,
                "links": links,
                "pendings": pendings,
                "pending_decisions": pending_decisions,
                "namespace_meta": namespace_meta,
                "namespace_meta_clears": namespace_meta_clears,
                "dry_run": dry_run,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def sync_since(
        self,
        *,
        since: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        peer: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        x_peer_id: str | NotGiven = NOT_GIVEN,
        x_memory_sig: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncSinceResponse:
        """Changes since a timestamp (federation pull)

        Returns memories updated since `since`, for peer catch-up.

        ``GET /api/v1/sync/since``

        Args:
            since: Return memories updated after this RFC 3339 timestamp.
            limit: Maximum memories.
            peer: Requesting peer id.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            x_peer_id: Id of the sending peer daemon.
            x_memory_sig: Peer signature over the request (required when `AI_MEMORY_FED_REQUIRE_SIG` is
                set).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _federation_sync_since.OPERATION,
            path={},
            query={
                "since": since,
                "limit": limit,
                "peer": peer,
            },
            headers={
                "X-Agent-Id": agent_id,
                "X-Peer-Id": x_peer_id,
                "X-Memory-Sig": x_memory_sig,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def pending(
        self,
        *,
        status: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PendingListResponse:
        """List pending governance actions

        Lists governance-gated actions. Non-admin callers see only their own requests (`owner_scope`
        is `caller`).

        ``GET /api/v1/pending``

        Args:
            status: Filter by status (e.g. `pending`, `approved`, `rejected`).
            namespace: Only memories in exactly this namespace.
            limit: Maximum rows.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _governance_pending.OPERATION,
            path={},
            query={
                "status": status,
                "namespace": namespace,
                "limit": limit,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def approve_pending(
        self,
        *,
        id: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        x_ai_memory_signature: str | NotGiven = NOT_GIVEN,
        x_ai_memory_timestamp: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ApproveResult | ConsensusPendingResult:
        """Approve a pending action

        Approves a pending action and executes it (200), or records a vote when consensus is not
        yet reached (202). Requires the HMAC headers `X-AI-Memory-Signature` and
        `X-AI-Memory-Timestamp` over `"<ts>.POST.<id>.<raw body>"` with key
        `SHA-256(server hmac_secret)` (±300 s / 60 s skew, replay-protected); without a server
        secret every call gets 401. The body (if any) is read as raw bytes.

        ``POST /api/v1/pending/{id}/approve``

        Args:
            id: Id of the pending action.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            x_ai_memory_signature: `sha256=<hex>` HMAC over `"<timestamp>.POST.<pending id>.<raw body>"` with key
                `SHA-256(server hmac_secret)`. Required in practice: a missing or bad signature
                gives 401.
            x_ai_memory_timestamp: Unix time in seconds of the signature; at most 300 s old and 60 s in the future.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _governance_approve_pending.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
                "X-AI-Memory-Signature": x_ai_memory_signature,
                "X-AI-Memory-Timestamp": x_ai_memory_timestamp,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def reject_pending(
        self,
        *,
        id: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        x_ai_memory_signature: str | NotGiven = NOT_GIVEN,
        x_ai_memory_timestamp: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RejectResult:
        """Reject a pending action

        Rejects a pending action. Same HMAC requirements as approve.

        ``POST /api/v1/pending/{id}/reject``

        Args:
            id: Id of the pending action.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            x_ai_memory_signature: `sha256=<hex>` HMAC over `"<timestamp>.POST.<pending id>.<raw body>"` with key
                `SHA-256(server hmac_secret)`. Required in practice: a missing or bad signature
                gives 401.
            x_ai_memory_timestamp: Unix time in seconds of the signature; at most 300 s old and 60 s in the future.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _governance_reject_pending.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
                "X-AI-Memory-Signature": x_ai_memory_signature,
                "X-AI-Memory-Timestamp": x_ai_memory_timestamp,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def decide_approval(
        self,
        *,
        pending_id: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        x_ai_memory_signature: str | NotGiven = NOT_GIVEN,
        x_ai_memory_timestamp: str | NotGiven = NOT_GIVEN,
        decision: ApprovalDecisionRequestDecision | Literal["approve", "deny"],
        remember: RememberMode | Literal["once", "session", "forever"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DecisionResult | ConsensusPendingResult:
        """Decide a pending action

        Approves or denies a pending action, optionally remembering the decision. HMAC-gated like
        `approve_pending`. The body is read as raw bytes, so a bad body gives 400 JSON (never
        415/422). Responses are those of approve/reject with `remember` added.

        ``POST /api/v1/approvals/{pending_id}``

        Args:
            pending_id: Id of the pending action.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            x_ai_memory_signature: `sha256=<hex>` HMAC over `"<timestamp>.POST.<pending id>.<raw body>"` with key
                `SHA-256(server hmac_secret)`. Required in practice: a missing or bad signature
                gives 401.
            x_ai_memory_timestamp: Unix time in seconds of the signature; at most 300 s old and 60 s in the future.
            decision: The decision.
            remember: How long an approval decision is remembered.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _governance_decide_approval.OPERATION,
            path={
                "pending_id": pending_id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
                "X-AI-Memory-Signature": x_ai_memory_signature,
                "X-AI-Memory-Timestamp": x_ai_memory_timestamp,
            },
            body={
                "decision": decision,
                "remember": remember,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def approvals_stream(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str:
        """Stream approval events (SSE)

        Server-Sent Events stream (keep-alive every 15 s) with events `approval_requested`,
        `approval_decided`, `lagged` and `error`; each `data:` line is a JSON object tagged with
        `"event"`. Filtered by the subscriber's `X-Agent-Id`: an empty or `host:*` id sees nothing.

        ``GET /api/v1/approvals/stream``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _governance_approvals_stream.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def register_entity(
        self,
        *,
        canonical_name: str,
        namespace: str,
        aliases: Sequence[str] | NotGiven = NOT_GIVEN,
        metadata: RegisterEntityRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EntityResponse:
        """Register a knowledge-graph entity

        Registers an entity as a long-tier memory (title and content = `canonical_name`, tag
        `entity`, `metadata.kind = "entity"`). Idempotent on `(canonical_name, namespace)`: 201
        when created, 200 when it already existed (the new aliases are merged). `aliases` in the
        response always include the canonical name itself, ordered by registration time, then
        alphabetically. The `metadata.agent_id` stamped on a new entity is the body `agent_id` when
        given, else the `X-Agent-Id` header (here the body wins, unlike other routes; no 403 on a
        mismatch). 409 when a memory that is not an entity already uses the title in the namespace.
        No governance check and no webhook on the default (SQLite) build.

        ``POST /api/v1/entities``

        Args:
            canonical_name: Canonical name.
            namespace: Namespace.
            aliases: Alternative names.
            metadata: Free-form metadata.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _knowledge_graph_register_entity.OPERATION,
            path={},
            query={},
            headers={},
            body={
                "canonical_name": canonical_name,
                "namespace": namespace,
                "aliases": aliases,
                "metadata": metadata,
                "agent_id": agent_id,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def entity_by_alias(
        self,
        *,
        alias: str,
        namespace: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EntityByAliasResponse:
        """Look up an entity by alias

        Resolves an alias to its entity. `found` tells whether one exists; the other keys are those
        of the MCP `memory_entity_get_by_alias` tool.

        ``GET /api/v1/entities/by_alias``

        Args:
            alias: The alias to resolve.
            namespace: Namespace to look in.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _knowledge_graph_entity_by_alias.OPERATION,
            path={},
            query={
                "alias": alias,
                "namespace": namespace,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def kg_timeline(
        self,
        *,
        source_id: str,
        since: datetime.datetime | str | NotGiven = NOT_GIVEN,
        until: datetime.datetime | str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KgTimelineResponse:
        """Timeline of a memory's outbound links

        Returns the outbound links of `source_id` that have a `valid_from`, ordered by `valid_from`
        then creation time, with each target's title and namespace. `since`/`until` filter on
        `valid_from`. `limit` defaults to 200 and is clamped to 1..1000. The caller must own the
        source memory (or be its `target_agent_id`; unowned legacy rows are open).

        ``GET /api/v1/kg/timeline``

        Args:
            source_id: Memory (or entity) id whose timeline is returned. Missing gives a text/plain
                400.
            since: Only links with `valid_from` at or after this RFC 3339 instant (else 400
                `invalid since`).
            until: Only links with `valid_from` at or before this RFC 3339 instant (else 400
                `invalid until`).
            limit: Maximum events (default 200; clamped to 1..1000).
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _knowledge_graph_kg_timeline.OPERATION,
            path={},
            query={
                "source_id": source_id,
                "since": since,
                "until": until,
                "limit": limit,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def kg_invalidate(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        source_id: str,
        target_id: str,
        relation: LinkRelation
        | Literal["related_to", "supersedes", "contradicts", "derived_from", "reflects_on", "derives_from"],
        valid_until: datetime.datetime | str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KgInvalidateResponse:
        """Invalidate a link

        Sets `valid_until` on the link `(source_id, target_id, relation)` (default now);
        `previous_valid_until` tells a fresh invalidation (`null`) from a repeated one. The caller
        must own the source memory (or be its `target_agent_id`; unowned legacy rows are open).
        The HTTP route fires **no** webhook (only the MCP `memory_kg_invalidate` tool fires
        `memory_link_invalidated`).

        ``POST /api/v1/kg/invalidate``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            source_id: Source memory id.
            target_id: Target memory id.
            relation: Relation of a link.
            valid_until: End of validity (default now).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _knowledge_graph_kg_invalidate.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "source_id": source_id,
                "target_id": target_id,
                "relation": relation,
                "valid_until": valid_until,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def kg_query(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        source_id: str | NotGiven = NOT_GIVEN,
        from_: str | NotGiven = NOT_GIVEN,
        to: str | NotGiven = NOT_GIVEN,
        max_depth: int | NotGiven = NOT_GIVEN,
        valid_at: datetime.datetime | str | NotGiven = NOT_GIVEN,
        allowed_agents: Sequence[str] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        include_invalidated: bool | NotGiven = NOT_GIVEN,
        rel_types: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KgQueryResponse:
        """Traverse the knowledge graph

        Walks outbound links from `source_id` (alias `from`; one of them is required) up to
        `max_depth` hops (default 1, at most 5; 0 or more than 5 gives 422), optionally only links
        valid at `valid_at` and observed by `allowed_agents` (an empty list matches nothing).
        `limit` defaults to 200 and is clamped to 1..1000. Invalidated links are skipped unless
        `include_invalidated`. Nodes whose target memory is invisible to the caller are dropped.
        On the default (SQLite) build `to` and `rel_types` are accepted but ignored, and `paths` is
        the list of `"<src>-><mid>-><target>"` chains, one per node.

        ``POST /api/v1/kg/query``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
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
        return self._client.request(
            _knowledge_graph_kg_query.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "source_id": source_id,
                "from": from_,
                "to": to,
                "max_depth": max_depth,
                "valid_at": valid_at,
                "allowed_agents": allowed_agents,
                "limit": limit,
                "include_invalidated": include_invalidated,
                "rel_types": rel_types,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def kg_find_paths(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        source_id: str | NotGiven = NOT_GIVEN,
        from_id: str | NotGiven = NOT_GIVEN,
        target_id: str | NotGiven = NOT_GIVEN,
        to_id: str | NotGiven = NOT_GIVEN,
        max_depth: int | NotGiven = NOT_GIVEN,
        max_results: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FindPathsResponse:
        """Find paths between two memories

        Finds link paths from `source_id` (alias `from_id`) to `target_id` (alias `to_id`). Needs a
        daemon built with `--features sal`: the default (SQLite) build validates both ids and the
        `X-Agent-Id` header (400) and then always answers 501
        `{"error":"find_paths requires --features sal"}`; the 200 and the JSON 422 (depth error)
        occur only on `sal` builds.

        ``POST /api/v1/kg/find_paths``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            source_id: Start memory id.
            from_id: Alias of `source_id`.
            target_id: End memory id.
            to_id: Alias of `target_id`.
            max_depth: Maximum path length.
            max_results: Maximum paths.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _knowledge_graph_kg_find_paths.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "source_id": source_id,
                "from_id": from_id,
                "target_id": target_id,
                "to_id": to_id,
                "max_depth": max_depth,
                "max_results": max_results,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def find_paths(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        source_id: str | NotGiven = NOT_GIVEN,
        from_id: str | NotGiven = NOT_GIVEN,
        target_id: str | NotGiven = NOT_GIVEN,
        to_id: str | NotGiven = NOT_GIVEN,
        max_depth: int | NotGiven = NOT_GIVEN,
        max_results: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FindPathsResponse:
        """Find paths between two memories (alias route)

        Alias of `POST /api/v1/kg/find_paths` (same handler). The default (SQLite) build validates
        both ids and the `X-Agent-Id` header (400) and then always answers 501
        `{"error":"find_paths requires --features sal"}`; the 200 occurs only on `sal` builds.

        ``POST /api/v1/find_paths``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            source_id: Start memory id.
            from_id: Alias of `source_id`.
            target_id: End memory id.
            to_id: Alias of `target_id`.
            max_depth: Maximum path length.
            max_results: Maximum paths.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _knowledge_graph_find_paths.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "source_id": source_id,
                "from_id": from_id,
                "target_id": target_id,
                "to_id": to_id,
                "max_depth": max_depth,
                "max_results": max_results,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def link(
        self,
        source_id: str,
        target_id: str,
        relation: LinkRelation
        | Literal["related_to", "supersedes", "contradicts", "derived_from", "reflects_on", "derives_from"]
        | NotGiven = NOT_GIVEN,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> LinkCreated:
        """Link two memories

        Creates a typed link from `source_id` to `target_id`. The caller must own the source
        memory. The body is parsed by hand: the aliases `from`, `to` and `rel_type` are accepted
        for `source_id`, `target_id` and `relation`, and any other key gives 400
        `{"error":"unknown_field","fields":[...]}`; an unknown relation gives 400
        `{"error":"invalid_relation","got":...,"allowed":[...]}`; a self-link gives 400. Counts
        against the `links_per_day` quota. Fires the `memory_link_created` webhook.

        ``POST /api/v1/links``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            source_id: Source memory id (must be owned by the caller).
            target_id: Target memory id (must differ from the source).
            relation: Relation of a link.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _links_link.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "source_id": source_id,
                "target_id": target_id,
                "relation": relation,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def unlink(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        source_id: str,
        target_id: str,
        relation: LinkRelation
        | Literal["related_to", "supersedes", "contradicts", "derived_from", "reflects_on", "derives_from"]
        | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UnlinkResponse:
        """Delete a link

        Deletes the link described by the body (same body and aliases as `POST /api/v1/links`). The
        caller must own the source memory.

        ``DELETE /api/v1/links``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            source_id: Source memory id (must be owned by the caller).
            target_id: Target memory id (must differ from the source).
            relation: Relation of a link.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _links_unlink.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "source_id": source_id,
                "target_id": target_id,
                "relation": relation,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def get_links(
        self,
        id: str,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> LinksResponse:
        """List a memory's links

        Returns every link where the memory is the source or the target. Links to memories invisible
        to the caller are filtered out unless the caller is admin.

        ``GET /api/v1/links/{id}``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _links_get_links.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def verify_link(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        source_id: str | NotGiven = NOT_GIVEN,
        target_id: str | NotGiven = NOT_GIVEN,
        link_id: str | NotGiven = NOT_GIVEN,
        verification_nonce: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Verify a link attestation

        Re-verifies a stored link's signature and reports its attest level. Either `source_id`
        (with optional `target_id`) or `link_id` (`"<source_id>|<target_id>|<relation>"`) is
        required (else 400 with `fields`); ids are validated (400). Needs a daemon built with
        `--features sal`: after validation the default (SQLite) build always answers 501
        `{"error":"verify_link requires --features sal"}`. The 200 body
        (`{verified, attest_level, signature_present, observed_by, source_id, target_id, relation,
        findings}`) and the 409 replay answer occur only on `sal` builds.

        ``POST /api/v1/links/verify``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            source_id: Source memory id.
            target_id: Target memory id.
            link_id: Canonical link id `"<source_id>|<target_id>|<relation>"` (alternative to
                `source_id`).
            verification_nonce: Fresh nonce (e.g. a UUID v4) per call; a repeated `(link, nonce)` pair gives 409
                on `sal` builds.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _links_verify_link.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "source_id": source_id,
                "target_id": target_id,
                "link_id": link_id,
                "verification_nonce": verification_nonce,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def check_duplicate(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        title: str,
        content: str,
        namespace: str | NotGiven = NOT_GIVEN,
        threshold: float | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CheckDuplicateResponse:
        """Check for a near-duplicate memory

        Embeds `title + content` and returns the nearest existing memory by cosine similarity.
        Needs the embedder (semantic tier or above), else 503. A nearest memory invisible to a
        non-admin caller is hidden.

        ``POST /api/v1/check_duplicate``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            title: Candidate title.
            content: Candidate content.
            namespace: Only compare within this namespace.
            threshold: Similarity threshold (floor 0.5).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _llm_check_duplicate.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "title": title,
                "content": content,
                "namespace": namespace,
                "threshold": threshold,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def auto_tag(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        memory_id: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        content: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AutoTagResponse:
        """Suggest tags with the LLM

        Asks the configured LLM for tags for a stored memory (`memory_id`) or for `title` +
        `content`. 503 when no LLM is configured, 502 when the LLM call fails.

        ``POST /api/v1/auto_tag``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            memory_id: Memory to tag.
            title: Title to tag.
            content: Content to tag.
            namespace: Namespace.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _llm_auto_tag.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "memory_id": memory_id,
                "title": title,
                "content": content,
                "namespace": namespace,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def expand_query(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        query: str,
        namespace: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ExpandQueryResponse:
        """Expand a query with the LLM

        Asks the configured LLM for related search terms. 503 when no LLM is configured.

        ``POST /api/v1/expand_query``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            query: The query.
            namespace: Namespace context.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _llm_expand_query.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "query": query,
                "namespace": namespace,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def list(
        self,
        *,
        namespace: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        min_priority: int | NotGiven = NOT_GIVEN,
        since: str | NotGiven = NOT_GIVEN,
        until: str | NotGiven = NOT_GIVEN,
        tags: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncPage[Memory]:
        """List memories

        Lists non-expired memories, ordered by `priority` descending then `updated_at` descending.
        Offset pagination only: there is no cursor and no total count. `count` is the length of the
        returned page; because rows invisible to the caller are dropped after `LIMIT`, `count` can
        be smaller than `limit` even when more rows exist.

        ``GET /api/v1/memories``

        Args:
            namespace: Only memories in exactly this namespace.
            tier: Only memories in this tier (an unknown value gives a text/plain 400).
            limit: Page size. Values above 1000 are capped at 1000.
            offset: Number of rows to skip.
            min_priority: Only memories with at least this priority.
            since: Only memories created at or after this timestamp (compared lexically with
                `created_at`, so use the same RFC 3339 form).
            until: Only memories created at or before this timestamp (compared lexically with
                `created_at`).
            tags: A single tag; matches memories that carry exactly this tag (not a comma-
                separated list).
            agent_id: Only memories whose `metadata.agent_id` equals this id (validated; a bad id
                gives 400 `invalid agent_id filter`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _memories_list_.OPERATION,
            path={},
            query={
                "namespace": namespace,
                "tier": tier,
                "limit": limit,
                "offset": offset,
                "min_priority": min_priority,
                "since": since,
                "until": until,
                "tags": tags,
                "agent_id": agent_id,
            },
            headers={},
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def store(
        self,
        *,
        title: str,
        content: str,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN,
        confidence: float | NotGiven = NOT_GIVEN,
        source: Source
        | Literal[
            "user",
            "claude",
            "hook",
            "api",
            "cli",
            "import",
            "consolidation",
            "system",
            "chaos",
            "notify",
            "nhi",
        ]
        | NotGiven = NOT_GIVEN,
        expires_at: datetime.datetime | str | NotGiven = NOT_GIVEN,
        ttl_secs: int | NotGiven = NOT_GIVEN,
        metadata: CreateMemoryMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        scope: Scope | Literal["private", "team", "unit", "org", "collective"] | NotGiven = NOT_GIVEN,
        on_conflict: OnConflict | Literal["error", "merge", "version"] | NotGiven = NOT_GIVEN,
        detect_conflicts: bool | NotGiven = NOT_GIVEN,
        force: bool | NotGiven = NOT_GIVEN,
        citations: Sequence[Citation | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        source_uri: str | NotGiven = NOT_GIVEN,
        source_span: SourceSpan | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        kind: MemoryKind
        | Literal[
            "observation",
            "reflection",
            "persona",
            "concept",
            "entity",
            "claim",
            "relation",
            "event",
            "conversation",
            "decision",
        ]
        | NotGiven = NOT_GIVEN,
        signature: str | NotGiven = NOT_GIVEN,
        created_at: datetime.datetime | str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreateMemoryResponse | GovernancePending:
        """Create a memory

        Creates a memory. By default a second memory with the same `(title, namespace)` is
        rejected with 409 (`on_conflict: error`); `on_conflict: merge` upserts on
        `(title, namespace)` and returns the existing row's id, `on_conflict: version` stores the
        title as `"<title> (<n>)"`. `metadata.agent_id` is stamped with the caller. Every body
        rejection (missing field, malformed JSON, wrong type, wrong content type, oversize body)
        is a 400 JSON `{"error","fields"}` on this route, never a text/plain 413/415/422.
        Fires the `memory_store` webhook.

        ``POST /api/v1/memories``

        Args:
            title: Title; trimmed, not empty, at most 512 characters, no control characters except
                newline and tab.
            content: Content; not blank, at most 65536 bytes, no control characters except newline
                and tab.
            tier: Memory tier. Default TTLs are short 6 h, mid 7 days, long none.
            namespace: Namespace; no spaces, backslashes or control characters, no leading or trailing
                `/`, no empty, `.` or `..` segments, depth at most 8.
            tags: Tags (at most 50).
            priority: Priority 1 to 10.
            confidence: Confidence 0.0 to 1.0.
            source: Allowed values of a memory's `source` on create (at most 64 bytes).
            expires_at: Explicit expiry; must not be in the past. Wins over `ttl_secs` and the tier TTL.
            ttl_secs: Time to live in seconds (at most one year).
            metadata: Free-form metadata (an object of at most 65536 bytes serialised, nesting depth
                at most 32). `metadata.agent_id`, if given, must equal the caller.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            scope: Visibility scope, stored in `metadata.scope`. Absent means `private`.
            on_conflict: What to do when a memory with the same `(title, namespace)` exists: `error`
                (409), `merge` (upsert) or `version` (store as `"<title> (<n>)"`).
            detect_conflicts: Run the LLM contradiction probe (default from the daemon's `autonomous_hooks`).
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
        return self._client.request(
            _memories_store.OPERATION,
            path={},
            query={},
            headers={},
            body={
                "title": title,
                "content": content,
                "tier": tier,
                "namespace": namespace,
                "tags": tags,
                "priority": priority,
                "confidence": confidence,
                "source": source,
                "expires_at": expires_at,
                "ttl_secs": ttl_secs,
                "metadata": metadata,
                "agent_id": agent_id,
                "scope": scope,
                "on_conflict": on_conflict,
                "detect_conflicts": detect_conflicts,
                "force": force,
                "citations": citations,
                "source_uri": source_uri,
                "source_span": source_span,
                "kind": kind,
                "signature": signature,
                "created_at": created_at,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def bulk_store(
        self,
        memories: Sequence[CreateMemory | Mapping[str, Any]],
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BulkCreateResponse:
        """Create or upsert many memories

        Creates up to 1000 memories from a bare JSON array (not wrapped in an object). Each row is
        validated like a single create and then **upserted on `(title, namespace)`**; there is no
        per-row `on_conflict`, governance or quota handling. Rows that fail are reported as
        sanitised strings in `errors` (`validation failed`, `conflict: already exists`,
        `not found`, `forbidden`, `replication unavailable`, `internal error`); federation fan-out
        failures are appended as `"<id>: <err>"` or `"catchup to <peer>: <err>"`. The 2 MiB body
        limit may trigger before the 1000-item limit.

        ``POST /api/v1/memories/bulk``

        Args:
            memories: the whole request body.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _memories_bulk_store.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=memories,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def get(
        self,
        id: str,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryWithLinks:
        """Get a memory and its links

        Returns the memory (resolved by exact id or a unique id prefix) together with every link
        where it is the source or the target. A private memory that is not visible to the caller
        gives 404. The SDK method returns the memory with `links` merged in (`MemoryWithLinks`).

        ``GET /api/v1/memories/{id}``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _memories_get.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def update(
        self,
        id: str,
        body: UpdateMemory | Mapping[str, Any] | None = None,
        *,
        if_match: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        content: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN,
        confidence: float | NotGiven = NOT_GIVEN,
        expires_at: datetime.datetime | str | NotGiven = NOT_GIVEN,
        metadata: UpdateMemoryMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        source_uri: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Memory | None:
        """Update a memory

        Partially updates a memory: absent fields are left unchanged. Only the owner (the memory's
        `metadata.agent_id`) may update, except for legacy unowned rows. `metadata.agent_id` is
        immutable. The embedding is regenerated when `title` or `content` change. With
        `If-Match: <version>` the update only applies when the stored `version` matches (409
        otherwise). Returns the full updated memory, or `null` when the re-read after the write
        fails. No webhook is fired.

        ``PUT /api/v1/memories/{id}``

        Args:
            body: the whole request body, as a model or a dict; keyword arguments override its fields.
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
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
        return self._client.request(
            _memories_update.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "If-Match": if_match,
            },
            body=merge_body(
                body,
                {
                    "title": title,
                    "content": content,
                    "tier": tier,
                    "namespace": namespace,
                    "tags": tags,
                    "priority": priority,
                    "confidence": confidence,
                    "expires_at": expires_at,
                    "metadata": metadata,
                    "source_uri": source_uri,
                    "agent_id": agent_id,
                },
            ),
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def delete(
        self,
        id: str,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DeleteMemoryResponse | GovernancePending:
        """Delete a memory

        Deletes a memory. Only the owner, the inbox target (`metadata.target_agent_id`) or the
        caller `daemon` may delete. A governance policy may turn the delete into a pending action
        (202). Fires the `memory_delete` webhook.

        ``DELETE /api/v1/memories/{id}``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _memories_delete.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def promote(
        self,
        id: str,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PromoteResponse | GovernancePending:
        """Promote a memory to the long tier

        Promotes a memory to tier `long` and clears its `expires_at`. Takes no body. Same ownership
        and governance rules as delete. Fires the `memory_promote` webhook.

        ``POST /api/v1/memories/{id}/promote``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _memories_promote.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def lineage(
        self,
        id: str,
        *,
        direction: LineageDirection | Literal["ancestors", "descendants"] | NotGiven = NOT_GIVEN,
        max_depth: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> LineageResponse:
        """Walk a memory's lineage

        Walks the derivation lineage of a memory (ancestors or descendants), including tombstoned
        ancestors. **Not served by v0.7.0**: added in v0.9.0 (#1859); a v0.7.0 daemon answers 404
        with an empty body. The shape is taken from the published SDK; the full server contract
        of later versions was not reviewed.

        ``GET /api/v1/memories/{id}/lineage``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
            direction: Walk towards ancestors (default) or descendants.
            max_depth: Maximum number of hops (server ceiling 5).
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _memories_lineage.OPERATION,
            path={
                "id": id,
            },
            query={
                "direction": direction,
                "max_depth": max_depth,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def consolidate(
        self,
        *,
        ids: Sequence[str],
        title: str,
        summary: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        use_llm: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConsolidateResponse:
        """Consolidate memories into one

        Merges 2 to 100 memories into a new memory (tier `long` by default) and fires the
        `memory_consolidated` webhook. With `use_llm` the summary is written by the configured LLM.

        ``POST /api/v1/consolidate``

        Args:
            ids: Memories to merge (2 to 100).
            title: Title of the new memory.
            summary: Content of the new memory (generated when `use_llm` is true and this is absent).
            namespace: Namespace of the new memory.
            tier: Memory tier. Default TTLs are short 6 h, mid 7 days, long none.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            use_llm: Let the LLM write the summary.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _memories_consolidate.OPERATION,
            path={},
            query={},
            headers={},
            body={
                "ids": ids,
                "title": title,
                "summary": summary,
                "namespace": namespace,
                "tier": tier,
                "agent_id": agent_id,
                "use_llm": use_llm,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def share(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        source_memory_id: str,
        target_agent_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Share a memory with an agent

        Shares a memory with another agent (MCP `memory_share`); the result object is the tool's
        output.

        ``POST /api/v1/share``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            source_memory_id: Memory to share.
            target_agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _memories_share.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "source_memory_id": source_memory_id,
                "target_agent_id": target_agent_id,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def notify(
        self,
        request: NotifyRequest | Mapping[str, Any] | None = None,
        *,
        target_agent_id: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        payload: str | NotGiven = NOT_GIVEN,
        content: str | NotGiven = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> NotifyResponse:
        """Send a message to an agent

        Stores a message for `target_agent_id` in namespace `_messages/<target>` (source `notify`,
        tag `_message`). `from` is not the raw caller: it is the daemon's `AI_MEMORY_AGENT_ID` if
        set,
        else `ai:<sanitised caller>@<hostname>:pid-<pid>`.

        ``POST /api/v1/notify``

        Args:
            request: the whole request body, as a model or a dict; keyword arguments override its fields.
            target_agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            title: Message title.
            payload: Message body.
            content: Alias of `payload`.
            priority: Priority (clamped to 1..10).
            tier: Memory tier. Default TTLs are short 6 h, mid 7 days, long none.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _messaging_notify.OPERATION,
            path={},
            query={},
            headers={},
            body=merge_body(
                request,
                {
                    "target_agent_id": target_agent_id,
                    "title": title,
                    "payload": payload,
                    "content": content,
                    "priority": priority,
                    "tier": tier,
                    "agent_id": agent_id,
                },
            ),
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def inbox(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        unread_only: bool | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> InboxResponse:
        """Read an inbox

        Lists messages sent to the caller. A message is unread while its `access_count` is 0.

        ``GET /api/v1/inbox``

        Args:
            agent_id: Inbox owner; must equal the caller (403 otherwise).
            unread_only: Only unread messages.
            limit: Maximum messages.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _messaging_inbox.OPERATION,
            path={},
            query={
                "agent_id": agent_id,
                "unread_only": unread_only,
                "limit": limit,
            },
            headers={},
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def namespaces(
        self,
        *,
        namespace: str | NotGiven = NOT_GIVEN,
        inherit: bool | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """List namespaces, or get a namespace standard

        Without `namespace`: lists namespaces with their count of non-expired memories, sorted by
        count descending (admin only). With `namespace`: returns that namespace's standard (the
        MCP `memory_namespace_get_standard` output; with `inherit=true` the whole parent chain).

        ``GET /api/v1/namespaces``

        Args:
            namespace: When given, return this namespace's standard instead of the list.
            inherit: With `namespace`, also return the standards inherited from parent namespaces.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _namespaces_namespaces.OPERATION,
            path={},
            query={
                "namespace": namespace,
                "inherit": inherit,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def set_namespace_standard_qs(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        standard: OpenObject | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        id: str | NotGiven = NOT_GIVEN,
        parent: str | NotGiven = NOT_GIVEN,
        governance: GovernancePolicy | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Set a namespace standard

        Sets (or replaces) a namespace's standard memory, parent and governance policy. The
        namespace comes from the body (`namespace`, or `standard.namespace`).

        ``POST /api/v1/namespaces``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            namespace: Target namespace (query-string form).
            standard: A JSON object whose shape is not fixed by this document (MCP tool params or
                output, or a shape not determined from the server source).
            id: Id of the memory that holds the standard.
            parent: Parent namespace for inheritance.
            governance: A namespace governance policy (core policy; other optional sub-policies are
                flattened in and kept as extra keys).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _namespaces_set_namespace_standard_qs.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "namespace": namespace,
                "standard": standard,
                "id": id,
                "parent": parent,
                "governance": governance,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def clear_namespace_standard_qs(
        self,
        *,
        namespace: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Clear a namespace standard

        Clears the standard of the namespace given in the query string.

        ``DELETE /api/v1/namespaces``

        Args:
            namespace: Namespace whose standard is cleared.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _namespaces_clear_namespace_standard_qs.OPERATION,
            path={},
            query={
                "namespace": namespace,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def get_namespace_standard(
        self,
        *,
        ns: str,
        inherit: bool | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> NamespaceStandard:
        """Get a namespace standard

        Returns the namespace's standard (MCP `memory_namespace_get_standard` output).

        ``GET /api/v1/namespaces/{ns}/standard``

        Args:
            ns: The namespace; hierarchical namespaces must percent-encode `/` as `%2F`.
            inherit: Also return the standards inherited from parent namespaces.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _namespaces_get_namespace_standard.OPERATION,
            path={
                "ns": ns,
            },
            query={
                "inherit": inherit,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def set_namespace_standard(
        self,
        *,
        ns: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        standard: OpenObject | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        id: str | NotGiven = NOT_GIVEN,
        parent: str | NotGiven = NOT_GIVEN,
        governance: GovernancePolicy | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Set a namespace standard (path form)

        Sets the standard of the namespace in the path.

        ``POST /api/v1/namespaces/{ns}/standard``

        Args:
            ns: The namespace; hierarchical namespaces must percent-encode `/` as `%2F`.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            namespace: Target namespace (query-string form).
            standard: A JSON object whose shape is not fixed by this document (MCP tool params or
                output, or a shape not determined from the server source).
            id: Id of the memory that holds the standard.
            parent: Parent namespace for inheritance.
            governance: A namespace governance policy (core policy; other optional sub-policies are
                flattened in and kept as extra keys).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _namespaces_set_namespace_standard.OPERATION,
            path={
                "ns": ns,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "namespace": namespace,
                "standard": standard,
                "id": id,
                "parent": parent,
                "governance": governance,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def clear_namespace_standard(
        self,
        *,
        ns: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Clear a namespace standard (path form)

        Clears the standard of the namespace in the path.

        ``DELETE /api/v1/namespaces/{ns}/standard``

        Args:
            ns: The namespace; hierarchical namespaces must percent-encode `/` as `%2F`.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _namespaces_clear_namespace_standard.OPERATION,
            path={
                "ns": ns,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def taxonomy(
        self,
        *,
        prefix: str | NotGiven = NOT_GIVEN,
        root: str | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TaxonomyResponse:
        """Namespace taxonomy tree

        Returns the namespace hierarchy as a tree with memory counts. Admin only.

        ``GET /api/v1/taxonomy``

        Args:
            prefix: Root namespace of the returned subtree (alias `root`).
            root: Alias of `prefix`.
            depth: Maximum tree depth.
            limit: Maximum number of namespaces scanned.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _namespaces_taxonomy.OPERATION,
            path={},
            query={
                "prefix": prefix,
                "root": root,
                "depth": depth,
                "limit": limit,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def memory_smart_load(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Smart context load (MCP `memory_smart_load`)

        Loads the most relevant memories for the current context. MCP-parity route: the body is the
        MCP `memory_smart_load` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_smart_load``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _parity_memory_smart_load.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def memory_reflect(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Write a reflection (MCP `memory_reflect`)

        Writes a reflection memory over source memories. MCP-parity route: the body is the MCP
        `memory_reflect` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_reflect``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _parity_memory_reflect.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def memory_recall_observations(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Recall observations (MCP `memory_recall_observations`)

        Recalls observation-kind memories. MCP-parity route: the body is the MCP
        `memory_recall_observations` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_recall_observations``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _parity_memory_recall_observations.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def memory_reflection_origin(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Origin of a reflection (MCP `memory_reflection_origin`)

        Returns the source memories a reflection was derived from. MCP-parity route: the body is the
        MCP `memory_reflection_origin` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_reflection_origin``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _parity_memory_reflection_origin.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def memory_dependents_of_invalidated(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Dependents of invalidated memories (MCP `memory_dependents_of_invalidated`)

        Lists memories that depend on invalidated links or memories. MCP-parity route: the body is
        the MCP `memory_dependents_of_invalidated` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_dependents_of_invalidated``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _parity_memory_dependents_of_invalidated.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def memory_export_reflection(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Export a reflection (MCP `memory_export_reflection`)

        Exports a reflection with its provenance. MCP-parity route: the body is the MCP
        `memory_export_reflection` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_export_reflection``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _parity_memory_export_reflection.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def memory_atomise(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Atomise a memory (MCP `memory_atomise`)

        Splits a memory into atomic claim memories. MCP-parity route: the body is the MCP
        `memory_atomise` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_atomise``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _parity_memory_atomise.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def memory_calibrate_confidence(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Calibrate confidence (MCP `memory_calibrate_confidence`)

        Recomputes the confidence of memories from their signals. MCP-parity route: the body is the
        MCP `memory_calibrate_confidence` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_calibrate_confidence``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _parity_memory_calibrate_confidence.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def memory_verify(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Verify a memory (MCP `memory_verify`)

        Verifies a memory's signature and attestation. MCP-parity route: the body is the MCP
        `memory_verify` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_verify``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _parity_memory_verify.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def memory_replay(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Replay events (MCP `memory_replay`)

        Replays recorded events. MCP-parity route: the body is the MCP `memory_replay` tool's params
        object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_replay``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _parity_memory_replay.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def memory_subscription_replay(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Replay webhook deliveries (MCP `memory_subscription_replay`)

        Replays dead-lettered webhook deliveries of a subscription. MCP-parity route: the body is
        the MCP `memory_subscription_replay` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_subscription_replay``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _parity_memory_subscription_replay.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def memory_subscription_dlq_list(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """List dead-lettered deliveries (MCP `memory_subscription_dlq_list`)

        Lists the webhook dead-letter queue of a subscription. MCP-parity route: the body is the MCP
        `memory_subscription_dlq_list` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_subscription_dlq_list``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _parity_memory_subscription_dlq_list.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def memory_rule_list(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """List rules (MCP `memory_rule_list`)

        Lists the governance rules that apply. MCP-parity route: the body is the MCP
        `memory_rule_list` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_rule_list``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _parity_memory_rule_list.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def memory_check_agent_action(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Check an agent action (MCP `memory_check_agent_action`)

        Checks whether an agent action is allowed by the rules. MCP-parity route: the body is the
        MCP `memory_check_agent_action` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_check_agent_action``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _parity_memory_check_agent_action.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def search(
        self,
        q: str | NotGiven = NOT_GIVEN,
        *,
        namespace: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        min_priority: int | NotGiven = NOT_GIVEN,
        since: str | NotGiven = NOT_GIVEN,
        until: str | NotGiven = NOT_GIVEN,
        tags: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        as_agent: str | NotGiven = NOT_GIVEN,
        source_uri: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SearchResponse:
        """Full-text search

        FTS search with AND semantics over title and content. `q` may be omitted only when
        `source_uri` is given (then the response carries `source_uri` instead of `query`).
        Visibility: private memories are returned only to their owner namespace (`as_agent`,
        defaulting to the caller). The result key is `results`, not `memories`.

        ``GET /api/v1/search``

        Args:
            q: Search text (FTS, AND semantics). Required unless `source_uri` is given.
            namespace: Only memories in exactly this namespace.
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
            as_agent: Evaluate visibility as this agent (validated as a namespace). For recall it must
                equal the caller (403 otherwise).
            source_uri: Return memories whose `source_uri` equals this value.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _recall_search.OPERATION,
            path={},
            query={
                "q": q,
                "namespace": namespace,
                "tier": tier,
                "limit": limit,
                "min_priority": min_priority,
                "since": since,
                "until": until,
                "tags": tags,
                "agent_id": agent_id,
                "as_agent": as_agent,
                "source_uri": source_uri,
            },
            headers={},
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def recall_get(
        self,
        *,
        context: str | NotGiven = NOT_GIVEN,
        query: str | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        tags: str | Sequence[str] | NotGiven = NOT_GIVEN,
        since: str | NotGiven = NOT_GIVEN,
        until: str | NotGiven = NOT_GIVEN,
        as_agent: str | NotGiven = NOT_GIVEN,
        budget_tokens: int | NotGiven = NOT_GIVEN,
        session_default: bool | NotGiven = NOT_GIVEN,
        has_citations: bool | NotGiven = NOT_GIVEN,
        source_uri_prefix: str | NotGiven = NOT_GIVEN,
        kinds: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        confidence_tier: ConfidenceTier | Literal["confirmed", "likely", "ambiguous"] | NotGiven = NOT_GIVEN,
        verbose_provenance: bool | NotGiven = NOT_GIVEN,
        format: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        accept_provenance: RecallGetAcceptProvenance | Literal["verbose"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RecallResponse:
        """Recall memories (query string)

        Same as `POST /api/v1/recall` with the fields in the query string (`kinds` as a
        comma-separated string). Recall is write-coupled: it bumps `access_count`, extends the TTL
        of short and mid memories and may auto-promote mid to long.

        ``GET /api/v1/recall``

        Args:
            context: What to recall. One of `context`, `query` or `q` is required.
            query: Alias of `context`.
            q: Alias of `context`.
            namespace: Only memories in exactly this namespace.
            limit: Maximum memories (values of 0 mean 10; values above 50 are capped).
            tags: Comma-separated tag filter.
            since: Only memories created at or after this timestamp (compared lexically with
                `created_at`, so use the same RFC 3339 form).
            until: Only memories created at or before this timestamp (compared lexically with
                `created_at`).
            as_agent: Evaluate visibility as this agent (validated as a namespace). For recall it must
                equal the caller (403 otherwise).
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
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            accept_provenance: `verbose` switches the returned memories to the MCP-decorated shape with
                provenance details.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _recall_recall_get.OPERATION,
            path={},
            query={
                "context": context,
                "query": query,
                "q": q,
                "namespace": namespace,
                "limit": limit,
                "tags": tags,
                "since": since,
                "until": until,
                "as_agent": as_agent,
                "budget_tokens": budget_tokens,
                "session_default": session_default,
                "has_citations": has_citations,
                "source_uri_prefix": source_uri_prefix,
                "kinds": kinds,
                "session_id": session_id,
                "include_archived": include_archived,
                "confidence_tier": confidence_tier,
                "verbose_provenance": verbose_provenance,
                "format": format,
            },
            headers={
                "X-Agent-Id": agent_id,
                "Accept-Provenance": accept_provenance,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def recall(
        self,
        context: str | NotGiven = NOT_GIVEN,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        accept_provenance: RecallAcceptProvenance | Literal["verbose"] | NotGiven = NOT_GIVEN,
        query: str | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        tags: str | Sequence[str] | NotGiven = NOT_GIVEN,
        since: str | NotGiven = NOT_GIVEN,
        until: str | NotGiven = NOT_GIVEN,
        as_agent: str | NotGiven = NOT_GIVEN,
        budget_tokens: int | NotGiven = NOT_GIVEN,
        session_default: bool | NotGiven = NOT_GIVEN,
        has_citations: bool | NotGiven = NOT_GIVEN,
        source_uri_prefix: str | NotGiven = NOT_GIVEN,
        kinds: builtins.list[MemoryKind] | str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        confidence_tier: ConfidenceTier | Literal["confirmed", "likely", "ambiguous"] | NotGiven = NOT_GIVEN,
        verbose_provenance: bool | NotGiven = NOT_GIVEN,
        format: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RecallResponse:
        """Recall memories

        Hybrid (semantic + FTS) recall, or keyword-only when no embedder is loaded. One of
        `context`, `query` or `q` is required (400 `{"error":"context (or query) is required"}`).
        `as_agent`, when given, must equal the caller (403 otherwise). Each memory carries a
        `score` rounded to 3 decimals. Recall is write-coupled: it bumps `access_count`, extends
        the TTL (short +1 h, mid +1 d), auto-promotes mid to long at 5 accesses and raises the
        priority every 10 accesses.

        ``POST /api/v1/recall``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            accept_provenance: `verbose` switches the returned memories to the MCP-decorated shape with
                provenance details.
            context: What to recall.
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
        return self._client.request(
            _recall_recall.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
                "Accept-Provenance": accept_provenance,
            },
            body={
                "context": context,
                "query": query,
                "q": q,
                "namespace": namespace,
                "limit": limit,
                "tags": tags,
                "since": since,
                "until": until,
                "as_agent": as_agent,
                "budget_tokens": budget_tokens,
                "session_default": session_default,
                "has_citations": has_citations,
                "source_uri_prefix": source_uri_prefix,
                "kinds": kinds,
                "session_id": session_id,
                "include_archived": include_archived,
                "confidence_tier": confidence_tier,
                "verbose_provenance": verbose_provenance,
                "format": format,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def contradictions(
        self,
        *,
        topic: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContradictionsResponse:
        """Find contradicting memories

        Heuristic contradiction finder (no LLM). At least one of `topic` and `namespace` is
        required (else 400). Lists up to `limit` (default 50, capped at 1000) non-expired memories
        (in `namespace` when given), then keeps those visible to the caller (admins see all) and,
        with `topic`, those whose title or `metadata.topic` equals it. `links` holds the stored
        `contradicts` links between the candidates, then one synthesized pair for every two
        candidates with different content (same topic, or without `topic` the same title).

        ``GET /api/v1/contradictions``

        Args:
            topic: Topic to look for contradictions on (matches the title or `metadata.topic`
                exactly).
            namespace: Only memories in exactly this namespace.
            limit: Maximum memories listed before filtering (default 50, capped at 1000).
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _recall_contradictions.OPERATION,
            path={},
            query={
                "topic": topic,
                "namespace": namespace,
                "limit": limit,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def memory_load_family(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        family: str,
        namespace: str | NotGiven = NOT_GIVEN,
        k: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> LoadFamilyResponse:
        """Load the memories of a family

        Returns up to `k` memories of a tool family (MCP `memory_load_family`).

        ``POST /api/v1/memory_load_family``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            family: Tool family name (e.g. `core`, `graph`).
            namespace: Namespace.
            k: Maximum memories.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _recall_memory_load_family.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "family": family,
                "namespace": namespace,
                "k": k,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def skill_register(
        self,
        *,
        inline_skill: str | NotGiven = NOT_GIVEN,
        folder_path: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillRegisterResponse:
        """Register a skill

        Registers a skill from a `SKILL.md` (YAML front matter with `namespace`, `name`,
        `description`, then the body): either `inline_skill` (the file's text) or `folder_path` (a
        directory on the daemon host holding `SKILL.md` and optional `resources/`). Re-registering
        the same `(namespace, name)` supersedes the previous version (`superseded_id`). Admin only;
        every tool error (neither field, unreadable folder, bad front matter) is a 400
        `{"error": <message>}`.

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
        return self._client.request(
            _skills_skill_register.OPERATION,
            path={},
            query={},
            headers={},
            body={
                "inline_skill": inline_skill,
                "folder_path": folder_path,
                "agent_id": agent_id,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def skill_list(
        self,
        *,
        namespace: str | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillListResponse:
        """List skills

        Lists the current skills (MCP `memory_skill_list`), optionally in one namespace and whose
        name or description contains `filter` (case-sensitive substring). Admin only.

        ``GET /api/v1/skill/list``

        Args:
            namespace: Only memories in exactly this namespace.
            filter: Substring that the skill name or description must contain (case-sensitive).
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _skills_skill_list.OPERATION,
            path={},
            query={
                "namespace": namespace,
                "filter": filter,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def skill_get(
        self,
        *,
        id: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillDetail:
        """Get a skill

        Returns one skill with its body and the list of its resources (MCP `memory_skill_get`).
        Admin only; 404 `skill not found: <id>`.

        ``GET /api/v1/skill/{id}``

        Args:
            id: Skill id.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _skills_skill_get.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def skill_resource(
        self,
        *,
        id: str,
        path: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillResourceContent:
        """Read a skill resource

        Returns one resource file of a skill (MCP `memory_skill_resource`): UTF-8 text as is,
        other bytes base64-encoded (`encoding`). The stored SHA-256 digest is re-checked. Admin
        only; 404 when the skill has no such resource; 400 for a reference-only resource or a
        digest mismatch.

        ``GET /api/v1/skill/{id}/resource``

        Args:
            id: Skill id.
            path: Resource path inside the skill (as listed by `skill_get`). Missing gives a
                text/plain 400.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _skills_skill_resource.OPERATION,
            path={
                "id": id,
            },
            query={
                "path": path,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def skill_export(
        self,
        *,
        id: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        target_folder: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillExportResponse:
        """Export a skill to a folder

        Writes a skill as `SKILL.md` plus its inline resources into a folder on the daemon host
        (MCP `memory_skill_export`). Admin only; 404 `skill not found: <id>`; any other tool error
        (write failure, governance refusal of a path) is a 400.

        ``POST /api/v1/skill/{id}/export``

        Args:
            id: Skill id.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            target_folder: Folder on the daemon host.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _skills_skill_export.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "target_folder": target_folder,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def skill_promote(
        self,
        *,
        id: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        name: str,
        description: str,
        parameters_schema: Any | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillPromoteResponse:
        """Promote a reflection into a new skill

        Turns the **reflection memory** `{id}` into a new skill named `name` (MCP
        `memory_skill_promote_from_reflection`): the skill body is built from the reflection and
        the memories it `reflects_on` (attached as `references/source_<n>.md`). `{id}` is a memory
        id, not a skill id. The memory must have `memory_kind` `reflection` and a
        `reflection_depth` of at least the namespace's `skill_promotion_min_depth` (default 1);
        `name` must be a valid skill name and `description` at most 1024 characters. Admin only;
        404 when the reflection does not exist (any message containing `not found`), 400 for
        every other tool error.

        ``POST /api/v1/skill/{id}/promote``

        Args:
            id: Id of the reflection memory to promote.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            name: New skill's name (skill-name rules of `SKILL.md`).
            description: New skill's description (at most 1024 characters).
            parameters_schema: Optional JSON Schema of the skill's parameters, stored with it.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _skills_skill_promote.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "name": name,
                "description": description,
                "parameters_schema": parameters_schema,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def skill_compose(
        self,
        *,
        id: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        budget_tokens: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillComposeResponse:
        """Compositional context of a skill

        Returns the skill body with the reflections of the namespaces its metadata `composes`
        (MCP `memory_skill_compositional_context`), best-scored first (recency + access count),
        within `budget_tokens` (default 4000, clamped to 32000; cl100k tokens of each content).
        The body is optional. Admin only; 404 `skill not found: <id>`.

        ``POST /api/v1/skill/{id}/compose``

        Args:
            id: Skill id.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            budget_tokens: Token budget.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _skills_skill_compose.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "budget_tokens": budget_tokens,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def subscriptions(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SubscriptionsResponse:
        """List webhook subscriptions

        Lists the caller's own subscriptions (`agent_id`, if given, must equal the caller). `events`
        is a comma-separated string.

        ``GET /api/v1/subscriptions``

        Args:
            agent_id: Must equal the caller (403 otherwise).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _subscriptions_subscriptions.OPERATION,
            path={},
            query={
                "agent_id": agent_id,
            },
            headers={},
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def subscribe(
        self,
        request: SubscribeRequest | Mapping[str, Any] | None = None,
        *,
        url: str | NotGiven = NOT_GIVEN,
        events: str | Sequence[str] | NotGiven = NOT_GIVEN,
        secret: str | NotGiven = NOT_GIVEN,
        namespace_filter: str | NotGiven = NOT_GIVEN,
        agent_filter: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SubscriptionCreated:
        """Create a webhook subscription

        Subscribes a URL to events. `url` must be http(s); plain http and loopback addresses are
        refused unless `allow_loopback_webhooks` is enabled, and private or link-local addresses
        are refused. A `secret` is required unless the daemon has a server-wide
        `[hooks.subscription] hmac_secret`. The secret is never echoed. Without `url`, a synthetic
        URL is built from `namespace` (which fails the loopback check by default). The caller is
        auto-registered as an `ai:generic` agent if new.

        ``POST /api/v1/subscriptions``

        Args:
            request: the whole request body, as a model or a dict; keyword arguments override its fields.
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
        return self._client.request(
            _subscriptions_subscribe.OPERATION,
            path={},
            query={},
            headers={},
            body=merge_body(
                request,
                {
                    "url": url,
                    "events": events,
                    "secret": secret,
                    "namespace_filter": namespace_filter,
                    "agent_filter": agent_filter,
                    "namespace": namespace,
                    "agent_id": agent_id,
                },
            ),
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def unsubscribe(
        self,
        id: str | NotGiven = NOT_GIVEN,
        *,
        namespace: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UnsubscribeResponse:
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
        return self._client.request(
            _subscriptions_unsubscribe.OPERATION,
            path={},
            query={
                "id": id,
                "namespace": namespace,
                "agent_id": agent_id,
            },
            headers={},
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def health(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Health:
        """Health check

        Reports daemon health. Exempt from API-key authentication. Returns 200 when the database
        check passes and 503 (same body, `status: error`) when it fails.

        ``GET /api/v1/health``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _system_health.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def metrics_root(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str:
        """Prometheus metrics (root path)

        Prometheus text exposition; same handler as `GET /api/v1/metrics`. Requires the API key when
        one is configured.

        ``GET /metrics``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _system_metrics_root.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def metrics(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str:
        """Prometheus metrics

        Prometheus text exposition (`text/plain; version=0.0.4`). The `ai_memory_memories` gauge is
        refreshed on every scrape. Requires the API key when one is configured.

        ``GET /api/v1/metrics``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _system_metrics.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def capabilities(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        accept_capabilities: CapabilitiesVersion | Literal["v1", "v2", "v3"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Capabilities:
        """Daemon capabilities

        The MCP capabilities document (version chosen with `Accept-Capabilities`, default v3) plus
        `storage_backend` and `db_schema_version`. Unlike the MCP path, the HTTP response has **no
        `families` block**.

        ``GET /api/v1/capabilities``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            accept_capabilities: Capabilities document version; missing or unknown means v3.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _system_capabilities.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
                "Accept-Capabilities": accept_capabilities,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def session_start(
        self,
        *,
        namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SessionStartResponse:
        """Start a session

        Runs the MCP `memory_session_start` tool (a context bundle of recent and relevant memories)
        and adds a fresh `session_id` (UUID). A body `agent_id` must equal the `X-Agent-Id` header.

        ``POST /api/v1/session/start``

        Args:
            namespace: Namespace to load.
            limit: Maximum memories.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _system_session_start.OPERATION,
            path={},
            query={},
            headers={},
            body={
                "namespace": namespace,
                "limit": limit,
                "agent_id": agent_id,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def capture_turn(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        host_session_id: str,
        host_turn_index: int,
        role: str,
        content: str,
        host_kind: str | NotGiven = NOT_GIVEN,
        host_version: str | NotGiven = NOT_GIVEN,
        tool_calls: Sequence[ToolCallSummary | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        timestamp_iso: datetime.datetime | str | NotGiven = NOT_GIVEN,
        host_signature_b64: str | NotGiven = NOT_GIVEN,
        host_pubkey_b64: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        metadata: CaptureTurnRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CaptureTurnResponse:
        """Capture a conversation turn

        Stores one conversation turn from a host (layer L4). Idempotent on
        `(host_session_id, host_turn_index)`: a re-delivery answers 200 with `dedup_hit: true`, a
        new
        turn 201. Every body rejection is a 400 JSON `{"error","fields"}` on this route.

        ``POST /api/v1/capture_turn``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            host_session_id: Host session id; with `host_turn_index` the dedup key.
            host_turn_index: Turn counter within the session, from 0.
            role: `user`, `assistant`, `tool_use`, `tool_result`, `system` or `other`.
            content: Verbatim turn text.
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
        return self._client.request(
            _system_capture_turn.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "host_session_id": host_session_id,
                "host_turn_index": host_turn_index,
                "role": role,
                "content": content,
                "host_kind": host_kind,
                "host_version": host_version,
                "tool_calls": tool_calls,
                "timestamp_iso": timestamp_iso,
                "host_signature_b64": host_signature_b64,
                "host_pubkey_b64": host_pubkey_b64,
                "namespace": namespace,
                "metadata": metadata,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def tools_list(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ToolsListResponse:
        """MCP tool definitions

        The MCP `tools/list` result for the daemon's configured profile (`{"tools":[...]}`, each an
        MCP tool definition with `name`, `description` and `inputSchema`).

        ``GET /api/v1/tools/list``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _system_tools_list.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def grant(
        self,
        id: str,
        agent_id: str,
        *,
        permission: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Grant an agent access to a memory (not served)

        Per-memory ACL grant advertised by the published SDK. **No released daemon serves this
        route** (not in v0.6.4, v0.7.0 or later route tables): a request gets 404 with an empty
        body (401 when an API key is configured and missing). Kept for SDK compatibility; the
        body shape is the SDK's and is undocumented by any server. Use scopes
        (`metadata.scope`) or `POST /api/v1/share` instead.

        ``POST /api/v1/memories/{id}/grant`` — no released server serves this route.

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            permission: Permission to grant.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _unserved_grant.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={},
            body={
                "agent_id": agent_id,
                "permission": permission,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def revoke(
        self,
        id: str,
        agent_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Revoke an agent's access to a memory (not served)

        Per-memory ACL revoke advertised by the published SDK. **No released daemon serves this
        route**: a request gets 404 with an empty body (401 when an API key is configured and
        missing). Kept for SDK compatibility; the body shape is the SDK's.

        ``POST /api/v1/memories/{id}/revoke`` — no released server serves this route.

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _unserved_revoke.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={},
            body={
                "agent_id": agent_id,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    def cluster(
        self,
        request: OpenObject | Mapping[str, Any] | None = None,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Cluster peer management (not served)

        Peer management advertised by the published SDK. **No released daemon serves this
        route**: a request gets 404 with an empty body (401 when an API key is configured and
        missing). Federation is configured with `serve --quorum-peers` and runs over
        `/api/v1/sync/*`.

        ``POST /api/v1/cluster`` — no released server serves this route.

        Args:
            request: the whole request body, as a model or a dict; keyword arguments override its fields.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _unserved_cluster.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=merge_body(request, {}),
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )


class MethodsWithRawResponse(SyncResource):
    """Every top-level operation of the API, returning the raw response (``.parse()`` gives the typed result)."""

    def forget(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        pattern: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ForgetResponse]:
        """Bulk-delete memories by namespace, pattern or tier

        Deletes every memory matching all given filters (archived first when `archive_on_gc` is
        set). At least one filter is required. Admin only. The filters travel in a JSON body, not
        in the query string; because the body is extracted before the admin check, a call without
        a JSON body gets 415 before 403.

        ``POST /api/v1/forget``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            namespace: Delete memories in this namespace.
            pattern: Delete memories matching this FTS pattern.
            tier: Memory tier. Default TTLs are short 6 h, mid 7 days, long none.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _admin_forget.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "namespace": namespace,
                "pattern": pattern,
                "tier": tier,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def quota_status(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Any]:
        """Quota status

        With `agent_id`: the quota of that agent, which must be the caller (`X-Agent-Id`) — any
        other id is 403, admin or not (so without the header, whose anonymous id is new on every
        request, a body `agent_id` is always 403). With `namespace` too, the row of that
        `(agent_id, namespace)` pair (created with the default limits if absent); without it, the
        aggregate over the agent's namespaces (`namespace` = `_global`; maxima of the limits, sums
        of the counters). Without `agent_id`: admin only, the list of every quota row
        (`{"quotas":[...],"count":N}`, ordered by agent id then namespace), filtered by
        `namespace` when given. Default limits: 1000 memories/day, 100 MiB storage, 5000
        links/day.

        ``POST /api/v1/quota/status``

        Args:
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            namespace: With `agent_id`, the namespace row to read (else the aggregate); without it,
                filters the list.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _admin_quota_status.OPERATION,
            path={},
            query={},
            headers={},
            body={
                "agent_id": agent_id,
                "namespace": namespace,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def stats(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Stats]:
        """Database statistics

        Counts by tier and namespace, links, database size. Admin only.

        ``GET /api/v1/stats``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _admin_stats.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def gc(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GcResponse]:
        """Delete expired memories

        Deletes expired memories now (archiving them first when `archive_on_gc` is set). Takes no
        body. Admin only.

        ``POST /api/v1/gc``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _admin_gc.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def export(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ExportResponse]:
        """Export all memories and links

        Exports every memory and link as JSON (the simple HTTP shape, not the CLI `v1` portability
        envelope). Admin only.

        ``GET /api/v1/export``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _admin_export.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def import_(
        self,
        payload: ImportRequest | Mapping[str, Any] | None = None,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        memories: Sequence[ImportMemory | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        links: Sequence[MemoryLink | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ImportResponse]:
        """Import memories and links

        Imports up to 1000 full memory objects (for example the output of `export`) and optional
        links. `metadata.agent_id` is re-stamped to the caller and the original is kept in
        `metadata.imported_from_agent_id`. Invalid links are skipped silently; per-memory failures
        are reported as sanitised strings in `errors`. Admin only.

        ``POST /api/v1/import``

        Args:
            payload: the whole request body, as a model or a dict; keyword arguments override its fields.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            memories: Memories to import (at most 1000).
            links: Links to import (invalid ones are skipped).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _admin_import_.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=merge_body(
                payload,
                {
                    "memories": memories,
                    "links": links,
                },
            ),
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def agents(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[AgentsResponse]:
        """List registered agents

        Lists the agent registry (stored as memories in namespace `_agents`). Admin only.

        ``GET /api/v1/agents``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _agents_agents.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def register_agent(
        self,
        agent_id: str,
        agent_type: str,
        capabilities: Sequence[str] | NotGiven = NOT_GIVEN,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[RegisterAgentResponse]:
        """Register an agent

        Registers (or re-registers) an agent. The registration is stored as the memory
        `agent:<agent_id>` in namespace `_agents`.

        ``POST /api/v1/agents``

        Args:
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            agent_type: `human`, `system` or `ai:<name>` (e.g. `ai:claude-opus-4.7`, `ai:codex-5.4`); at
                most 64 bytes.
            capabilities: Capabilities (tag rules).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _agents_register_agent.OPERATION,
            path={},
            query={},
            headers={},
            body={
                "agent_id": agent_id,
                "agent_type": agent_type,
                "capabilities": capabilities,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def list_archive(
        self,
        *,
        namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ArchiveListResponse]:
        """List archived memories

        Lists archived memories (memory fields plus `archived_at` and `archive_reason`). Admin only.

        ``GET /api/v1/archive``

        Args:
            namespace: Only memories in exactly this namespace.
            limit: Page size.
            offset: Rows to skip.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _archive_list_archive.OPERATION,
            path={},
            query={
                "namespace": namespace,
                "limit": limit,
                "offset": offset,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def archive(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        ids: Sequence[str],
        reason: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ArchiveResponse]:
        """Archive memories by id

        Moves up to 1000 memories to the archive.

        ``POST /api/v1/archive``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            ids: Memory ids (at most 1000).
            reason: Archive reason.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _archive_archive.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "ids": ids,
                "reason": reason,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def purge_archive(
        self,
        *,
        older_than_days: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PurgeArchiveResponse]:
        """Purge the archive

        Permanently deletes archived memories (all, or those archived more than `older_than_days`
        days ago). Non-admin callers purge only their own rows (`owner_scope`).

        ``DELETE /api/v1/archive``

        Args:
            older_than_days: Only purge rows archived more than this many days ago.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _archive_purge_archive.OPERATION,
            path={},
            query={
                "older_than_days": older_than_days,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def restore_archive(
        self,
        *,
        id: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[RestoreArchiveResponse]:
        """Restore an archived memory

        Moves a memory from the archive back to the live table. Takes no body.

        ``POST /api/v1/archive/{id}/restore``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _archive_restore_archive.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def archive_stats(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ArchiveStatsResponse]:
        """Archive statistics

        Archived memory counts, total and by namespace. Admin only.

        ``GET /api/v1/archive/stats``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _archive_archive_stats.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def sync_push(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        x_peer_id: str | NotGiven = NOT_GIVEN,
        x_memory_sig: str | NotGiven = NOT_GIVEN,
        x_memory_nonce: str | NotGiven = NOT_GIVEN,
        sender_agent_id: str,
        sender_clock: VectorClock | Mapping[str, Any],
        sender_wall_clock: str | NotGiven = NOT_GIVEN,
        memories: Sequence[ImportMemory | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        deletions: Sequence[str] | NotGiven = NOT_GIVEN,
        archives: Sequence[str] | NotGiven = NOT_GIVEN,
        restores: Sequence[str] | NotGiven = NOT_GIVEN,
        links: Sequence[MemoryLink | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        pendings: Sequence[PendingAction | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        pending_decisions: Sequence[OpenObject | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        namespace_meta: Sequence[OpenObject | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        namespace_meta_clears: Sequence[str] | NotGiven = NOT_GIVEN,
        dry_run: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Receive a federation push

        Receives a batch of changes from a peer daemon (at most 1000 memories). Peers sign the body
        (`X-Memory-Sig`, `X-Memory-Nonce`, `X-Peer-Id`; enforced with `AI_MEMORY_FED_REQUIRE_SIG`
        and `AI_MEMORY_FED_REQUIRE_NONCE`). Quota overruns give 429 with `x-quota-reset-at` and
        `x-quota-limit`.

        ``POST /api/v1/sync/push``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            x_peer_id: Id of the sending peer daemon.
            x_memory_sig: Peer signature over the request (required when `AI_MEMORY_FED_REQUIRE_SIG` is
                set).
            x_memory_nonce: Replay-protection nonce (required when `AI_MEMORY_FED_REQUIRE_NONCE` is set).
            sender_agent_id: Sending peer's agent id.
            sender_clock: Map of peer agent id to the latest `updated_at` seen from that peer.
            sender_wall_clock: Sender's wall clock (RFC 3339).
            memories: Memories to upsert (at most 1000).
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
        return self._client.request(
            _federation_sync_push.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
                "X-Peer-Id": x_peer_id,
                "X-Memory-Sig": x_memory_sig,
                "X-Memory-Nonce": x_memory_nonce,
            },
            body={
                "sender_agent_id": sender_agent_id,
                "sender_clock": sender_clock,
                "sender_wall_clock": sender_wall_clock,
                "memories": memories,
                "deletions": deletions,
                "archives": archives,
                "restores": restores,
                "links": links,
                "pendings": pendings,
                "pending_decisions": pending_decisions,
                "namespace_meta": namespace_meta,
                "namespace_meta_clears": namespace_meta_clears,
                "dry_run": dry_run,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def sync_since(
        self,
        *,
        since: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        peer: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        x_peer_id: str | NotGiven = NOT_GIVEN,
        x_memory_sig: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SyncSinceResponse]:
        """Changes since a timestamp (federation pull)

        Returns memories updated since `since`, for peer catch-up.

        ``GET /api/v1/sync/since``

        Args:
            since: Return memories updated after this RFC 3339 timestamp.
            limit: Maximum memories.
            peer: Requesting peer id.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            x_peer_id: Id of the sending peer daemon.
            x_memory_sig: Peer signature over the request (required when `AI_MEMORY_FED_REQUIRE_SIG` is
                set).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _federation_sync_since.OPERATION,
            path={},
            query={
                "since": since,
                "limit": limit,
                "peer": peer,
            },
            headers={
                "X-Agent-Id": agent_id,
                "X-Peer-Id": x_peer_id,
                "X-Memory-Sig": x_memory_sig,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def pending(
        self,
        *,
        status: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PendingListResponse]:
        """List pending governance actions

        Lists governance-gated actions. Non-admin callers see only their own requests (`owner_scope`
        is `caller`).

        ``GET /api/v1/pending``

        Args:
            status: Filter by status (e.g. `pending`, `approved`, `rejected`).
            namespace: Only memories in exactly this namespace.
            limit: Maximum rows.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _governance_pending.OPERATION,
            path={},
            query={
                "status": status,
                "namespace": namespace,
                "limit": limit,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def approve_pending(
        self,
        *,
        id: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        x_ai_memory_signature: str | NotGiven = NOT_GIVEN,
        x_ai_memory_timestamp: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ApproveResult | ConsensusPendingResult]:
        """Approve a pending action

        Approves a pending action and executes it (200), or records a vote when consensus is not
        yet reached (202). Requires the HMAC headers `X-AI-Memory-Signature` and
        `X-AI-Memory-Timestamp` over `"<ts>.POST.<id>.<raw body>"` with key
        `SHA-256(server hmac_secret)` (±300 s / 60 s skew, replay-protected); without a server
        secret every call gets 401. The body (if any) is read as raw bytes.

        ``POST /api/v1/pending/{id}/approve``

        Args:
            id: Id of the pending action.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            x_ai_memory_signature: `sha256=<hex>` HMAC over `"<timestamp>.POST.<pending id>.<raw body>"` with key
                `SHA-256(server hmac_secret)`. Required in practice: a missing or bad signature
                gives 401.
            x_ai_memory_timestamp: Unix time in seconds of the signature; at most 300 s old and 60 s in the future.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _governance_approve_pending.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
                "X-AI-Memory-Signature": x_ai_memory_signature,
                "X-AI-Memory-Timestamp": x_ai_memory_timestamp,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def reject_pending(
        self,
        *,
        id: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        x_ai_memory_signature: str | NotGiven = NOT_GIVEN,
        x_ai_memory_timestamp: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[RejectResult]:
        """Reject a pending action

        Rejects a pending action. Same HMAC requirements as approve.

        ``POST /api/v1/pending/{id}/reject``

        Args:
            id: Id of the pending action.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            x_ai_memory_signature: `sha256=<hex>` HMAC over `"<timestamp>.POST.<pending id>.<raw body>"` with key
                `SHA-256(server hmac_secret)`. Required in practice: a missing or bad signature
                gives 401.
            x_ai_memory_timestamp: Unix time in seconds of the signature; at most 300 s old and 60 s in the future.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _governance_reject_pending.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
                "X-AI-Memory-Signature": x_ai_memory_signature,
                "X-AI-Memory-Timestamp": x_ai_memory_timestamp,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def decide_approval(
        self,
        *,
        pending_id: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        x_ai_memory_signature: str | NotGiven = NOT_GIVEN,
        x_ai_memory_timestamp: str | NotGiven = NOT_GIVEN,
        decision: ApprovalDecisionRequestDecision | Literal["approve", "deny"],
        remember: RememberMode | Literal["once", "session", "forever"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DecisionResult | ConsensusPendingResult]:
        """Decide a pending action

        Approves or denies a pending action, optionally remembering the decision. HMAC-gated like
        `approve_pending`. The body is read as raw bytes, so a bad body gives 400 JSON (never
        415/422). Responses are those of approve/reject with `remember` added.

        ``POST /api/v1/approvals/{pending_id}``

        Args:
            pending_id: Id of the pending action.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            x_ai_memory_signature: `sha256=<hex>` HMAC over `"<timestamp>.POST.<pending id>.<raw body>"` with key
                `SHA-256(server hmac_secret)`. Required in practice: a missing or bad signature
                gives 401.
            x_ai_memory_timestamp: Unix time in seconds of the signature; at most 300 s old and 60 s in the future.
            decision: The decision.
            remember: How long an approval decision is remembered.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _governance_decide_approval.OPERATION,
            path={
                "pending_id": pending_id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
                "X-AI-Memory-Signature": x_ai_memory_signature,
                "X-AI-Memory-Timestamp": x_ai_memory_timestamp,
            },
            body={
                "decision": decision,
                "remember": remember,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def approvals_stream(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[str]:
        """Stream approval events (SSE)

        Server-Sent Events stream (keep-alive every 15 s) with events `approval_requested`,
        `approval_decided`, `lagged` and `error`; each `data:` line is a JSON object tagged with
        `"event"`. Filtered by the subscriber's `X-Agent-Id`: an empty or `host:*` id sees nothing.

        ``GET /api/v1/approvals/stream``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _governance_approvals_stream.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def register_entity(
        self,
        *,
        canonical_name: str,
        namespace: str,
        aliases: Sequence[str] | NotGiven = NOT_GIVEN,
        metadata: RegisterEntityRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[EntityResponse]:
        """Register a knowledge-graph entity

        Registers an entity as a long-tier memory (title and content = `canonical_name`, tag
        `entity`, `metadata.kind = "entity"`). Idempotent on `(canonical_name, namespace)`: 201
        when created, 200 when it already existed (the new aliases are merged). `aliases` in the
        response always include the canonical name itself, ordered by registration time, then
        alphabetically. The `metadata.agent_id` stamped on a new entity is the body `agent_id` when
        given, else the `X-Agent-Id` header (here the body wins, unlike other routes; no 403 on a
        mismatch). 409 when a memory that is not an entity already uses the title in the namespace.
        No governance check and no webhook on the default (SQLite) build.

        ``POST /api/v1/entities``

        Args:
            canonical_name: Canonical name.
            namespace: Namespace.
            aliases: Alternative names.
            metadata: Free-form metadata.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _knowledge_graph_register_entity.OPERATION,
            path={},
            query={},
            headers={},
            body={
                "canonical_name": canonical_name,
                "namespace": namespace,
                "aliases": aliases,
                "metadata": metadata,
                "agent_id": agent_id,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def entity_by_alias(
        self,
        *,
        alias: str,
        namespace: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[EntityByAliasResponse]:
        """Look up an entity by alias

        Resolves an alias to its entity. `found` tells whether one exists; the other keys are those
        of the MCP `memory_entity_get_by_alias` tool.

        ``GET /api/v1/entities/by_alias``

        Args:
            alias: The alias to resolve.
            namespace: Namespace to look in.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _knowledge_graph_entity_by_alias.OPERATION,
            path={},
            query={
                "alias": alias,
                "namespace": namespace,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def kg_timeline(
        self,
        *,
        source_id: str,
        since: datetime.datetime | str | NotGiven = NOT_GIVEN,
        until: datetime.datetime | str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[KgTimelineResponse]:
        """Timeline of a memory's outbound links

        Returns the outbound links of `source_id` that have a `valid_from`, ordered by `valid_from`
        then creation time, with each target's title and namespace. `since`/`until` filter on
        `valid_from`. `limit` defaults to 200 and is clamped to 1..1000. The caller must own the
        source memory (or be its `target_agent_id`; unowned legacy rows are open).

        ``GET /api/v1/kg/timeline``

        Args:
            source_id: Memory (or entity) id whose timeline is returned. Missing gives a text/plain
                400.
            since: Only links with `valid_from` at or after this RFC 3339 instant (else 400
                `invalid since`).
            until: Only links with `valid_from` at or before this RFC 3339 instant (else 400
                `invalid until`).
            limit: Maximum events (default 200; clamped to 1..1000).
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _knowledge_graph_kg_timeline.OPERATION,
            path={},
            query={
                "source_id": source_id,
                "since": since,
                "until": until,
                "limit": limit,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def kg_invalidate(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        source_id: str,
        target_id: str,
        relation: LinkRelation
        | Literal["related_to", "supersedes", "contradicts", "derived_from", "reflects_on", "derives_from"],
        valid_until: datetime.datetime | str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[KgInvalidateResponse]:
        """Invalidate a link

        Sets `valid_until` on the link `(source_id, target_id, relation)` (default now);
        `previous_valid_until` tells a fresh invalidation (`null`) from a repeated one. The caller
        must own the source memory (or be its `target_agent_id`; unowned legacy rows are open).
        The HTTP route fires **no** webhook (only the MCP `memory_kg_invalidate` tool fires
        `memory_link_invalidated`).

        ``POST /api/v1/kg/invalidate``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            source_id: Source memory id.
            target_id: Target memory id.
            relation: Relation of a link.
            valid_until: End of validity (default now).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _knowledge_graph_kg_invalidate.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "source_id": source_id,
                "target_id": target_id,
                "relation": relation,
                "valid_until": valid_until,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def kg_query(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        source_id: str | NotGiven = NOT_GIVEN,
        from_: str | NotGiven = NOT_GIVEN,
        to: str | NotGiven = NOT_GIVEN,
        max_depth: int | NotGiven = NOT_GIVEN,
        valid_at: datetime.datetime | str | NotGiven = NOT_GIVEN,
        allowed_agents: Sequence[str] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        include_invalidated: bool | NotGiven = NOT_GIVEN,
        rel_types: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[KgQueryResponse]:
        """Traverse the knowledge graph

        Walks outbound links from `source_id` (alias `from`; one of them is required) up to
        `max_depth` hops (default 1, at most 5; 0 or more than 5 gives 422), optionally only links
        valid at `valid_at` and observed by `allowed_agents` (an empty list matches nothing).
        `limit` defaults to 200 and is clamped to 1..1000. Invalidated links are skipped unless
        `include_invalidated`. Nodes whose target memory is invisible to the caller are dropped.
        On the default (SQLite) build `to` and `rel_types` are accepted but ignored, and `paths` is
        the list of `"<src>-><mid>-><target>"` chains, one per node.

        ``POST /api/v1/kg/query``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
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
        return self._client.request(
            _knowledge_graph_kg_query.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "source_id": source_id,
                "from": from_,
                "to": to,
                "max_depth": max_depth,
                "valid_at": valid_at,
                "allowed_agents": allowed_agents,
                "limit": limit,
                "include_invalidated": include_invalidated,
                "rel_types": rel_types,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def kg_find_paths(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        source_id: str | NotGiven = NOT_GIVEN,
        from_id: str | NotGiven = NOT_GIVEN,
        target_id: str | NotGiven = NOT_GIVEN,
        to_id: str | NotGiven = NOT_GIVEN,
        max_depth: int | NotGiven = NOT_GIVEN,
        max_results: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[FindPathsResponse]:
        """Find paths between two memories

        Finds link paths from `source_id` (alias `from_id`) to `target_id` (alias `to_id`). Needs a
        daemon built with `--features sal`: the default (SQLite) build validates both ids and the
        `X-Agent-Id` header (400) and then always answers 501
        `{"error":"find_paths requires --features sal"}`; the 200 and the JSON 422 (depth error)
        occur only on `sal` builds.

        ``POST /api/v1/kg/find_paths``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            source_id: Start memory id.
            from_id: Alias of `source_id`.
            target_id: End memory id.
            to_id: Alias of `target_id`.
            max_depth: Maximum path length.
            max_results: Maximum paths.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _knowledge_graph_kg_find_paths.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "source_id": source_id,
                "from_id": from_id,
                "target_id": target_id,
                "to_id": to_id,
                "max_depth": max_depth,
                "max_results": max_results,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def find_paths(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        source_id: str | NotGiven = NOT_GIVEN,
        from_id: str | NotGiven = NOT_GIVEN,
        target_id: str | NotGiven = NOT_GIVEN,
        to_id: str | NotGiven = NOT_GIVEN,
        max_depth: int | NotGiven = NOT_GIVEN,
        max_results: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[FindPathsResponse]:
        """Find paths between two memories (alias route)

        Alias of `POST /api/v1/kg/find_paths` (same handler). The default (SQLite) build validates
        both ids and the `X-Agent-Id` header (400) and then always answers 501
        `{"error":"find_paths requires --features sal"}`; the 200 occurs only on `sal` builds.

        ``POST /api/v1/find_paths``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            source_id: Start memory id.
            from_id: Alias of `source_id`.
            target_id: End memory id.
            to_id: Alias of `target_id`.
            max_depth: Maximum path length.
            max_results: Maximum paths.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _knowledge_graph_find_paths.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "source_id": source_id,
                "from_id": from_id,
                "target_id": target_id,
                "to_id": to_id,
                "max_depth": max_depth,
                "max_results": max_results,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def link(
        self,
        source_id: str,
        target_id: str,
        relation: LinkRelation
        | Literal["related_to", "supersedes", "contradicts", "derived_from", "reflects_on", "derives_from"]
        | NotGiven = NOT_GIVEN,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[LinkCreated]:
        """Link two memories

        Creates a typed link from `source_id` to `target_id`. The caller must own the source
        memory. The body is parsed by hand: the aliases `from`, `to` and `rel_type` are accepted
        for `source_id`, `target_id` and `relation`, and any other key gives 400
        `{"error":"unknown_field","fields":[...]}`; an unknown relation gives 400
        `{"error":"invalid_relation","got":...,"allowed":[...]}`; a self-link gives 400. Counts
        against the `links_per_day` quota. Fires the `memory_link_created` webhook.

        ``POST /api/v1/links``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            source_id: Source memory id (must be owned by the caller).
            target_id: Target memory id (must differ from the source).
            relation: Relation of a link.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _links_link.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "source_id": source_id,
                "target_id": target_id,
                "relation": relation,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def unlink(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        source_id: str,
        target_id: str,
        relation: LinkRelation
        | Literal["related_to", "supersedes", "contradicts", "derived_from", "reflects_on", "derives_from"]
        | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[UnlinkResponse]:
        """Delete a link

        Deletes the link described by the body (same body and aliases as `POST /api/v1/links`). The
        caller must own the source memory.

        ``DELETE /api/v1/links``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            source_id: Source memory id (must be owned by the caller).
            target_id: Target memory id (must differ from the source).
            relation: Relation of a link.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _links_unlink.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "source_id": source_id,
                "target_id": target_id,
                "relation": relation,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def get_links(
        self,
        id: str,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[LinksResponse]:
        """List a memory's links

        Returns every link where the memory is the source or the target. Links to memories invisible
        to the caller are filtered out unless the caller is admin.

        ``GET /api/v1/links/{id}``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _links_get_links.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def verify_link(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        source_id: str | NotGiven = NOT_GIVEN,
        target_id: str | NotGiven = NOT_GIVEN,
        link_id: str | NotGiven = NOT_GIVEN,
        verification_nonce: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Verify a link attestation

        Re-verifies a stored link's signature and reports its attest level. Either `source_id`
        (with optional `target_id`) or `link_id` (`"<source_id>|<target_id>|<relation>"`) is
        required (else 400 with `fields`); ids are validated (400). Needs a daemon built with
        `--features sal`: after validation the default (SQLite) build always answers 501
        `{"error":"verify_link requires --features sal"}`. The 200 body
        (`{verified, attest_level, signature_present, observed_by, source_id, target_id, relation,
        findings}`) and the 409 replay answer occur only on `sal` builds.

        ``POST /api/v1/links/verify``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            source_id: Source memory id.
            target_id: Target memory id.
            link_id: Canonical link id `"<source_id>|<target_id>|<relation>"` (alternative to
                `source_id`).
            verification_nonce: Fresh nonce (e.g. a UUID v4) per call; a repeated `(link, nonce)` pair gives 409
                on `sal` builds.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _links_verify_link.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "source_id": source_id,
                "target_id": target_id,
                "link_id": link_id,
                "verification_nonce": verification_nonce,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def check_duplicate(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        title: str,
        content: str,
        namespace: str | NotGiven = NOT_GIVEN,
        threshold: float | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[CheckDuplicateResponse]:
        """Check for a near-duplicate memory

        Embeds `title + content` and returns the nearest existing memory by cosine similarity.
        Needs the embedder (semantic tier or above), else 503. A nearest memory invisible to a
        non-admin caller is hidden.

        ``POST /api/v1/check_duplicate``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            title: Candidate title.
            content: Candidate content.
            namespace: Only compare within this namespace.
            threshold: Similarity threshold (floor 0.5).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _llm_check_duplicate.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "title": title,
                "content": content,
                "namespace": namespace,
                "threshold": threshold,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def auto_tag(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        memory_id: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        content: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[AutoTagResponse]:
        """Suggest tags with the LLM

        Asks the configured LLM for tags for a stored memory (`memory_id`) or for `title` +
        `content`. 503 when no LLM is configured, 502 when the LLM call fails.

        ``POST /api/v1/auto_tag``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            memory_id: Memory to tag.
            title: Title to tag.
            content: Content to tag.
            namespace: Namespace.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _llm_auto_tag.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "memory_id": memory_id,
                "title": title,
                "content": content,
                "namespace": namespace,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def expand_query(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        query: str,
        namespace: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ExpandQueryResponse]:
        """Expand a query with the LLM

        Asks the configured LLM for related search terms. 503 when no LLM is configured.

        ``POST /api/v1/expand_query``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            query: The query.
            namespace: Namespace context.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _llm_expand_query.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "query": query,
                "namespace": namespace,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def list(
        self,
        *,
        namespace: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        min_priority: int | NotGiven = NOT_GIVEN,
        since: str | NotGiven = NOT_GIVEN,
        until: str | NotGiven = NOT_GIVEN,
        tags: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SyncPage[Memory]]:
        """List memories

        Lists non-expired memories, ordered by `priority` descending then `updated_at` descending.
        Offset pagination only: there is no cursor and no total count. `count` is the length of the
        returned page; because rows invisible to the caller are dropped after `LIMIT`, `count` can
        be smaller than `limit` even when more rows exist.

        ``GET /api/v1/memories``

        Args:
            namespace: Only memories in exactly this namespace.
            tier: Only memories in this tier (an unknown value gives a text/plain 400).
            limit: Page size. Values above 1000 are capped at 1000.
            offset: Number of rows to skip.
            min_priority: Only memories with at least this priority.
            since: Only memories created at or after this timestamp (compared lexically with
                `created_at`, so use the same RFC 3339 form).
            until: Only memories created at or before this timestamp (compared lexically with
                `created_at`).
            tags: A single tag; matches memories that carry exactly this tag (not a comma-
                separated list).
            agent_id: Only memories whose `metadata.agent_id` equals this id (validated; a bad id
                gives 400 `invalid agent_id filter`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _memories_list_.OPERATION,
            path={},
            query={
                "namespace": namespace,
                "tier": tier,
                "limit": limit,
                "offset": offset,
                "min_priority": min_priority,
                "since": since,
                "until": until,
                "tags": tags,
                "agent_id": agent_id,
            },
            headers={},
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def store(
        self,
        *,
        title: str,
        content: str,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN,
        confidence: float | NotGiven = NOT_GIVEN,
        source: Source
        | Literal[
            "user",
            "claude",
            "hook",
            "api",
            "cli",
            "import",
            "consolidation",
            "system",
            "chaos",
            "notify",
            "nhi",
        ]
        | NotGiven = NOT_GIVEN,
        expires_at: datetime.datetime | str | NotGiven = NOT_GIVEN,
        ttl_secs: int | NotGiven = NOT_GIVEN,
        metadata: CreateMemoryMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        scope: Scope | Literal["private", "team", "unit", "org", "collective"] | NotGiven = NOT_GIVEN,
        on_conflict: OnConflict | Literal["error", "merge", "version"] | NotGiven = NOT_GIVEN,
        detect_conflicts: bool | NotGiven = NOT_GIVEN,
        force: bool | NotGiven = NOT_GIVEN,
        citations: Sequence[Citation | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        source_uri: str | NotGiven = NOT_GIVEN,
        source_span: SourceSpan | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        kind: MemoryKind
        | Literal[
            "observation",
            "reflection",
            "persona",
            "concept",
            "entity",
            "claim",
            "relation",
            "event",
            "conversation",
            "decision",
        ]
        | NotGiven = NOT_GIVEN,
        signature: str | NotGiven = NOT_GIVEN,
        created_at: datetime.datetime | str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[CreateMemoryResponse | GovernancePending]:
        """Create a memory

        Creates a memory. By default a second memory with the same `(title, namespace)` is
        rejected with 409 (`on_conflict: error`); `on_conflict: merge` upserts on
        `(title, namespace)` and returns the existing row's id, `on_conflict: version` stores the
        title as `"<title> (<n>)"`. `metadata.agent_id` is stamped with the caller. Every body
        rejection (missing field, malformed JSON, wrong type, wrong content type, oversize body)
        is a 400 JSON `{"error","fields"}` on this route, never a text/plain 413/415/422.
        Fires the `memory_store` webhook.

        ``POST /api/v1/memories``

        Args:
            title: Title; trimmed, not empty, at most 512 characters, no control characters except
                newline and tab.
            content: Content; not blank, at most 65536 bytes, no control characters except newline
                and tab.
            tier: Memory tier. Default TTLs are short 6 h, mid 7 days, long none.
            namespace: Namespace; no spaces, backslashes or control characters, no leading or trailing
                `/`, no empty, `.` or `..` segments, depth at most 8.
            tags: Tags (at most 50).
            priority: Priority 1 to 10.
            confidence: Confidence 0.0 to 1.0.
            source: Allowed values of a memory's `source` on create (at most 64 bytes).
            expires_at: Explicit expiry; must not be in the past. Wins over `ttl_secs` and the tier TTL.
            ttl_secs: Time to live in seconds (at most one year).
            metadata: Free-form metadata (an object of at most 65536 bytes serialised, nesting depth
                at most 32). `metadata.agent_id`, if given, must equal the caller.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            scope: Visibility scope, stored in `metadata.scope`. Absent means `private`.
            on_conflict: What to do when a memory with the same `(title, namespace)` exists: `error`
                (409), `merge` (upsert) or `version` (store as `"<title> (<n>)"`).
            detect_conflicts: Run the LLM contradiction probe (default from the daemon's `autonomous_hooks`).
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
        return self._client.request(
            _memories_store.OPERATION,
            path={},
            query={},
            headers={},
            body={
                "title": title,
                "content": content,
                "tier": tier,
                "namespace": namespace,
                "tags": tags,
                "priority": priority,
                "confidence": confidence,
                "source": source,
                "expires_at": expires_at,
                "ttl_secs": ttl_secs,
                "metadata": metadata,
                "agent_id": agent_id,
                "scope": scope,
                "on_conflict": on_conflict,
                "detect_conflicts": detect_conflicts,
                "force": force,
                "citations": citations,
                "source_uri": source_uri,
                "source_span": source_span,
                "kind": kind,
                "signature": signature,
                "created_at": created_at,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def bulk_store(
        self,
        memories: Sequence[CreateMemory | Mapping[str, Any]],
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[BulkCreateResponse]:
        """Create or upsert many memories

        Creates up to 1000 memories from a bare JSON array (not wrapped in an object). Each row is
        validated like a single create and then **upserted on `(title, namespace)`**; there is no
        per-row `on_conflict`, governance or quota handling. Rows that fail are reported as
        sanitised strings in `errors` (`validation failed`, `conflict: already exists`,
        `not found`, `forbidden`, `replication unavailable`, `internal error`); federation fan-out
        failures are appended as `"<id>: <err>"` or `"catchup to <peer>: <err>"`. The 2 MiB body
        limit may trigger before the 1000-item limit.

        ``POST /api/v1/memories/bulk``

        Args:
            memories: the whole request body.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _memories_bulk_store.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=memories,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def get(
        self,
        id: str,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoryWithLinks]:
        """Get a memory and its links

        Returns the memory (resolved by exact id or a unique id prefix) together with every link
        where it is the source or the target. A private memory that is not visible to the caller
        gives 404. The SDK method returns the memory with `links` merged in (`MemoryWithLinks`).

        ``GET /api/v1/memories/{id}``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _memories_get.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def update(
        self,
        id: str,
        body: UpdateMemory | Mapping[str, Any] | None = None,
        *,
        if_match: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        content: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN,
        confidence: float | NotGiven = NOT_GIVEN,
        expires_at: datetime.datetime | str | NotGiven = NOT_GIVEN,
        metadata: UpdateMemoryMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        source_uri: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Memory | None]:
        """Update a memory

        Partially updates a memory: absent fields are left unchanged. Only the owner (the memory's
        `metadata.agent_id`) may update, except for legacy unowned rows. `metadata.agent_id` is
        immutable. The embedding is regenerated when `title` or `content` change. With
        `If-Match: <version>` the update only applies when the stored `version` matches (409
        otherwise). Returns the full updated memory, or `null` when the re-read after the write
        fails. No webhook is fired.

        ``PUT /api/v1/memories/{id}``

        Args:
            body: the whole request body, as a model or a dict; keyword arguments override its fields.
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
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
        return self._client.request(
            _memories_update.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "If-Match": if_match,
            },
            body=merge_body(
                body,
                {
                    "title": title,
                    "content": content,
                    "tier": tier,
                    "namespace": namespace,
                    "tags": tags,
                    "priority": priority,
                    "confidence": confidence,
                    "expires_at": expires_at,
                    "metadata": metadata,
                    "source_uri": source_uri,
                    "agent_id": agent_id,
                },
            ),
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def delete(
        self,
        id: str,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DeleteMemoryResponse | GovernancePending]:
        """Delete a memory

        Deletes a memory. Only the owner, the inbox target (`metadata.target_agent_id`) or the
        caller `daemon` may delete. A governance policy may turn the delete into a pending action
        (202). Fires the `memory_delete` webhook.

        ``DELETE /api/v1/memories/{id}``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _memories_delete.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def promote(
        self,
        id: str,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PromoteResponse | GovernancePending]:
        """Promote a memory to the long tier

        Promotes a memory to tier `long` and clears its `expires_at`. Takes no body. Same ownership
        and governance rules as delete. Fires the `memory_promote` webhook.

        ``POST /api/v1/memories/{id}/promote``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _memories_promote.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def lineage(
        self,
        id: str,
        *,
        direction: LineageDirection | Literal["ancestors", "descendants"] | NotGiven = NOT_GIVEN,
        max_depth: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[LineageResponse]:
        """Walk a memory's lineage

        Walks the derivation lineage of a memory (ancestors or descendants), including tombstoned
        ancestors. **Not served by v0.7.0**: added in v0.9.0 (#1859); a v0.7.0 daemon answers 404
        with an empty body. The shape is taken from the published SDK; the full server contract
        of later versions was not reviewed.

        ``GET /api/v1/memories/{id}/lineage``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
            direction: Walk towards ancestors (default) or descendants.
            max_depth: Maximum number of hops (server ceiling 5).
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _memories_lineage.OPERATION,
            path={
                "id": id,
            },
            query={
                "direction": direction,
                "max_depth": max_depth,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def consolidate(
        self,
        *,
        ids: Sequence[str],
        title: str,
        summary: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        use_llm: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ConsolidateResponse]:
        """Consolidate memories into one

        Merges 2 to 100 memories into a new memory (tier `long` by default) and fires the
        `memory_consolidated` webhook. With `use_llm` the summary is written by the configured LLM.

        ``POST /api/v1/consolidate``

        Args:
            ids: Memories to merge (2 to 100).
            title: Title of the new memory.
            summary: Content of the new memory (generated when `use_llm` is true and this is absent).
            namespace: Namespace of the new memory.
            tier: Memory tier. Default TTLs are short 6 h, mid 7 days, long none.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            use_llm: Let the LLM write the summary.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _memories_consolidate.OPERATION,
            path={},
            query={},
            headers={},
            body={
                "ids": ids,
                "title": title,
                "summary": summary,
                "namespace": namespace,
                "tier": tier,
                "agent_id": agent_id,
                "use_llm": use_llm,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def share(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        source_memory_id: str,
        target_agent_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Share a memory with an agent

        Shares a memory with another agent (MCP `memory_share`); the result object is the tool's
        output.

        ``POST /api/v1/share``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            source_memory_id: Memory to share.
            target_agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _memories_share.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "source_memory_id": source_memory_id,
                "target_agent_id": target_agent_id,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def notify(
        self,
        request: NotifyRequest | Mapping[str, Any] | None = None,
        *,
        target_agent_id: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        payload: str | NotGiven = NOT_GIVEN,
        content: str | NotGiven = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[NotifyResponse]:
        """Send a message to an agent

        Stores a message for `target_agent_id` in namespace `_messages/<target>` (source `notify`,
        tag `_message`). `from` is not the raw caller: it is the daemon's `AI_MEMORY_AGENT_ID` if
        set,
        else `ai:<sanitised caller>@<hostname>:pid-<pid>`.

        ``POST /api/v1/notify``

        Args:
            request: the whole request body, as a model or a dict; keyword arguments override its fields.
            target_agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            title: Message title.
            payload: Message body.
            content: Alias of `payload`.
            priority: Priority (clamped to 1..10).
            tier: Memory tier. Default TTLs are short 6 h, mid 7 days, long none.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _messaging_notify.OPERATION,
            path={},
            query={},
            headers={},
            body=merge_body(
                request,
                {
                    "target_agent_id": target_agent_id,
                    "title": title,
                    "payload": payload,
                    "content": content,
                    "priority": priority,
                    "tier": tier,
                    "agent_id": agent_id,
                },
            ),
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def inbox(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        unread_only: bool | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[InboxResponse]:
        """Read an inbox

        Lists messages sent to the caller. A message is unread while its `access_count` is 0.

        ``GET /api/v1/inbox``

        Args:
            agent_id: Inbox owner; must equal the caller (403 otherwise).
            unread_only: Only unread messages.
            limit: Maximum messages.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _messaging_inbox.OPERATION,
            path={},
            query={
                "agent_id": agent_id,
                "unread_only": unread_only,
                "limit": limit,
            },
            headers={},
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def namespaces(
        self,
        *,
        namespace: str | NotGiven = NOT_GIVEN,
        inherit: bool | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Any]:
        """List namespaces, or get a namespace standard

        Without `namespace`: lists namespaces with their count of non-expired memories, sorted by
        count descending (admin only). With `namespace`: returns that namespace's standard (the
        MCP `memory_namespace_get_standard` output; with `inherit=true` the whole parent chain).

        ``GET /api/v1/namespaces``

        Args:
            namespace: When given, return this namespace's standard instead of the list.
            inherit: With `namespace`, also return the standards inherited from parent namespaces.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _namespaces_namespaces.OPERATION,
            path={},
            query={
                "namespace": namespace,
                "inherit": inherit,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def set_namespace_standard_qs(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        standard: OpenObject | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        id: str | NotGiven = NOT_GIVEN,
        parent: str | NotGiven = NOT_GIVEN,
        governance: GovernancePolicy | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Set a namespace standard

        Sets (or replaces) a namespace's standard memory, parent and governance policy. The
        namespace comes from the body (`namespace`, or `standard.namespace`).

        ``POST /api/v1/namespaces``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            namespace: Target namespace (query-string form).
            standard: A JSON object whose shape is not fixed by this document (MCP tool params or
                output, or a shape not determined from the server source).
            id: Id of the memory that holds the standard.
            parent: Parent namespace for inheritance.
            governance: A namespace governance policy (core policy; other optional sub-policies are
                flattened in and kept as extra keys).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _namespaces_set_namespace_standard_qs.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "namespace": namespace,
                "standard": standard,
                "id": id,
                "parent": parent,
                "governance": governance,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def clear_namespace_standard_qs(
        self,
        *,
        namespace: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Clear a namespace standard

        Clears the standard of the namespace given in the query string.

        ``DELETE /api/v1/namespaces``

        Args:
            namespace: Namespace whose standard is cleared.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _namespaces_clear_namespace_standard_qs.OPERATION,
            path={},
            query={
                "namespace": namespace,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def get_namespace_standard(
        self,
        *,
        ns: str,
        inherit: bool | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[NamespaceStandard]:
        """Get a namespace standard

        Returns the namespace's standard (MCP `memory_namespace_get_standard` output).

        ``GET /api/v1/namespaces/{ns}/standard``

        Args:
            ns: The namespace; hierarchical namespaces must percent-encode `/` as `%2F`.
            inherit: Also return the standards inherited from parent namespaces.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _namespaces_get_namespace_standard.OPERATION,
            path={
                "ns": ns,
            },
            query={
                "inherit": inherit,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def set_namespace_standard(
        self,
        *,
        ns: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        standard: OpenObject | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        id: str | NotGiven = NOT_GIVEN,
        parent: str | NotGiven = NOT_GIVEN,
        governance: GovernancePolicy | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Set a namespace standard (path form)

        Sets the standard of the namespace in the path.

        ``POST /api/v1/namespaces/{ns}/standard``

        Args:
            ns: The namespace; hierarchical namespaces must percent-encode `/` as `%2F`.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            namespace: Target namespace (query-string form).
            standard: A JSON object whose shape is not fixed by this document (MCP tool params or
                output, or a shape not determined from the server source).
            id: Id of the memory that holds the standard.
            parent: Parent namespace for inheritance.
            governance: A namespace governance policy (core policy; other optional sub-policies are
                flattened in and kept as extra keys).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _namespaces_set_namespace_standard.OPERATION,
            path={
                "ns": ns,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "namespace": namespace,
                "standard": standard,
                "id": id,
                "parent": parent,
                "governance": governance,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def clear_namespace_standard(
        self,
        *,
        ns: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Clear a namespace standard (path form)

        Clears the standard of the namespace in the path.

        ``DELETE /api/v1/namespaces/{ns}/standard``

        Args:
            ns: The namespace; hierarchical namespaces must percent-encode `/` as `%2F`.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _namespaces_clear_namespace_standard.OPERATION,
            path={
                "ns": ns,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def taxonomy(
        self,
        *,
        prefix: str | NotGiven = NOT_GIVEN,
        root: str | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[TaxonomyResponse]:
        """Namespace taxonomy tree

        Returns the namespace hierarchy as a tree with memory counts. Admin only.

        ``GET /api/v1/taxonomy``

        Args:
            prefix: Root namespace of the returned subtree (alias `root`).
            root: Alias of `prefix`.
            depth: Maximum tree depth.
            limit: Maximum number of namespaces scanned.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _namespaces_taxonomy.OPERATION,
            path={},
            query={
                "prefix": prefix,
                "root": root,
                "depth": depth,
                "limit": limit,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def memory_smart_load(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Smart context load (MCP `memory_smart_load`)

        Loads the most relevant memories for the current context. MCP-parity route: the body is the
        MCP `memory_smart_load` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_smart_load``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _parity_memory_smart_load.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def memory_reflect(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Write a reflection (MCP `memory_reflect`)

        Writes a reflection memory over source memories. MCP-parity route: the body is the MCP
        `memory_reflect` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_reflect``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _parity_memory_reflect.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def memory_recall_observations(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Recall observations (MCP `memory_recall_observations`)

        Recalls observation-kind memories. MCP-parity route: the body is the MCP
        `memory_recall_observations` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_recall_observations``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _parity_memory_recall_observations.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def memory_reflection_origin(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Origin of a reflection (MCP `memory_reflection_origin`)

        Returns the source memories a reflection was derived from. MCP-parity route: the body is the
        MCP `memory_reflection_origin` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_reflection_origin``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _parity_memory_reflection_origin.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def memory_dependents_of_invalidated(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Dependents of invalidated memories (MCP `memory_dependents_of_invalidated`)

        Lists memories that depend on invalidated links or memories. MCP-parity route: the body is
        the MCP `memory_dependents_of_invalidated` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_dependents_of_invalidated``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _parity_memory_dependents_of_invalidated.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def memory_export_reflection(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Export a reflection (MCP `memory_export_reflection`)

        Exports a reflection with its provenance. MCP-parity route: the body is the MCP
        `memory_export_reflection` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_export_reflection``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _parity_memory_export_reflection.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def memory_atomise(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Atomise a memory (MCP `memory_atomise`)

        Splits a memory into atomic claim memories. MCP-parity route: the body is the MCP
        `memory_atomise` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_atomise``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _parity_memory_atomise.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def memory_calibrate_confidence(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Calibrate confidence (MCP `memory_calibrate_confidence`)

        Recomputes the confidence of memories from their signals. MCP-parity route: the body is the
        MCP `memory_calibrate_confidence` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_calibrate_confidence``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _parity_memory_calibrate_confidence.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def memory_verify(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Verify a memory (MCP `memory_verify`)

        Verifies a memory's signature and attestation. MCP-parity route: the body is the MCP
        `memory_verify` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_verify``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _parity_memory_verify.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def memory_replay(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Replay events (MCP `memory_replay`)

        Replays recorded events. MCP-parity route: the body is the MCP `memory_replay` tool's params
        object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_replay``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _parity_memory_replay.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def memory_subscription_replay(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Replay webhook deliveries (MCP `memory_subscription_replay`)

        Replays dead-lettered webhook deliveries of a subscription. MCP-parity route: the body is
        the MCP `memory_subscription_replay` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_subscription_replay``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _parity_memory_subscription_replay.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def memory_subscription_dlq_list(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """List dead-lettered deliveries (MCP `memory_subscription_dlq_list`)

        Lists the webhook dead-letter queue of a subscription. MCP-parity route: the body is the MCP
        `memory_subscription_dlq_list` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_subscription_dlq_list``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _parity_memory_subscription_dlq_list.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def memory_rule_list(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """List rules (MCP `memory_rule_list`)

        Lists the governance rules that apply. MCP-parity route: the body is the MCP
        `memory_rule_list` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_rule_list``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _parity_memory_rule_list.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def memory_check_agent_action(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Check an agent action (MCP `memory_check_agent_action`)

        Checks whether an agent action is allowed by the rules. MCP-parity route: the body is the
        MCP `memory_check_agent_action` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_check_agent_action``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _parity_memory_check_agent_action.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def search(
        self,
        q: str | NotGiven = NOT_GIVEN,
        *,
        namespace: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        min_priority: int | NotGiven = NOT_GIVEN,
        since: str | NotGiven = NOT_GIVEN,
        until: str | NotGiven = NOT_GIVEN,
        tags: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        as_agent: str | NotGiven = NOT_GIVEN,
        source_uri: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SearchResponse]:
        """Full-text search

        FTS search with AND semantics over title and content. `q` may be omitted only when
        `source_uri` is given (then the response carries `source_uri` instead of `query`).
        Visibility: private memories are returned only to their owner namespace (`as_agent`,
        defaulting to the caller). The result key is `results`, not `memories`.

        ``GET /api/v1/search``

        Args:
            q: Search text (FTS, AND semantics). Required unless `source_uri` is given.
            namespace: Only memories in exactly this namespace.
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
            as_agent: Evaluate visibility as this agent (validated as a namespace). For recall it must
                equal the caller (403 otherwise).
            source_uri: Return memories whose `source_uri` equals this value.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _recall_search.OPERATION,
            path={},
            query={
                "q": q,
                "namespace": namespace,
                "tier": tier,
                "limit": limit,
                "min_priority": min_priority,
                "since": since,
                "until": until,
                "tags": tags,
                "agent_id": agent_id,
                "as_agent": as_agent,
                "source_uri": source_uri,
            },
            headers={},
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def recall_get(
        self,
        *,
        context: str | NotGiven = NOT_GIVEN,
        query: str | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        tags: str | Sequence[str] | NotGiven = NOT_GIVEN,
        since: str | NotGiven = NOT_GIVEN,
        until: str | NotGiven = NOT_GIVEN,
        as_agent: str | NotGiven = NOT_GIVEN,
        budget_tokens: int | NotGiven = NOT_GIVEN,
        session_default: bool | NotGiven = NOT_GIVEN,
        has_citations: bool | NotGiven = NOT_GIVEN,
        source_uri_prefix: str | NotGiven = NOT_GIVEN,
        kinds: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        confidence_tier: ConfidenceTier | Literal["confirmed", "likely", "ambiguous"] | NotGiven = NOT_GIVEN,
        verbose_provenance: bool | NotGiven = NOT_GIVEN,
        format: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        accept_provenance: RecallGetAcceptProvenance | Literal["verbose"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[RecallResponse]:
        """Recall memories (query string)

        Same as `POST /api/v1/recall` with the fields in the query string (`kinds` as a
        comma-separated string). Recall is write-coupled: it bumps `access_count`, extends the TTL
        of short and mid memories and may auto-promote mid to long.

        ``GET /api/v1/recall``

        Args:
            context: What to recall. One of `context`, `query` or `q` is required.
            query: Alias of `context`.
            q: Alias of `context`.
            namespace: Only memories in exactly this namespace.
            limit: Maximum memories (values of 0 mean 10; values above 50 are capped).
            tags: Comma-separated tag filter.
            since: Only memories created at or after this timestamp (compared lexically with
                `created_at`, so use the same RFC 3339 form).
            until: Only memories created at or before this timestamp (compared lexically with
                `created_at`).
            as_agent: Evaluate visibility as this agent (validated as a namespace). For recall it must
                equal the caller (403 otherwise).
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
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            accept_provenance: `verbose` switches the returned memories to the MCP-decorated shape with
                provenance details.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _recall_recall_get.OPERATION,
            path={},
            query={
                "context": context,
                "query": query,
                "q": q,
                "namespace": namespace,
                "limit": limit,
                "tags": tags,
                "since": since,
                "until": until,
                "as_agent": as_agent,
                "budget_tokens": budget_tokens,
                "session_default": session_default,
                "has_citations": has_citations,
                "source_uri_prefix": source_uri_prefix,
                "kinds": kinds,
                "session_id": session_id,
                "include_archived": include_archived,
                "confidence_tier": confidence_tier,
                "verbose_provenance": verbose_provenance,
                "format": format,
            },
            headers={
                "X-Agent-Id": agent_id,
                "Accept-Provenance": accept_provenance,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def recall(
        self,
        context: str | NotGiven = NOT_GIVEN,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        accept_provenance: RecallAcceptProvenance | Literal["verbose"] | NotGiven = NOT_GIVEN,
        query: str | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        tags: str | Sequence[str] | NotGiven = NOT_GIVEN,
        since: str | NotGiven = NOT_GIVEN,
        until: str | NotGiven = NOT_GIVEN,
        as_agent: str | NotGiven = NOT_GIVEN,
        budget_tokens: int | NotGiven = NOT_GIVEN,
        session_default: bool | NotGiven = NOT_GIVEN,
        has_citations: bool | NotGiven = NOT_GIVEN,
        source_uri_prefix: str | NotGiven = NOT_GIVEN,
        kinds: builtins.list[MemoryKind] | str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        confidence_tier: ConfidenceTier | Literal["confirmed", "likely", "ambiguous"] | NotGiven = NOT_GIVEN,
        verbose_provenance: bool | NotGiven = NOT_GIVEN,
        format: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[RecallResponse]:
        """Recall memories

        Hybrid (semantic + FTS) recall, or keyword-only when no embedder is loaded. One of
        `context`, `query` or `q` is required (400 `{"error":"context (or query) is required"}`).
        `as_agent`, when given, must equal the caller (403 otherwise). Each memory carries a
        `score` rounded to 3 decimals. Recall is write-coupled: it bumps `access_count`, extends
        the TTL (short +1 h, mid +1 d), auto-promotes mid to long at 5 accesses and raises the
        priority every 10 accesses.

        ``POST /api/v1/recall``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            accept_provenance: `verbose` switches the returned memories to the MCP-decorated shape with
                provenance details.
            context: What to recall.
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
        return self._client.request(
            _recall_recall.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
                "Accept-Provenance": accept_provenance,
            },
            body={
                "context": context,
                "query": query,
                "q": q,
                "namespace": namespace,
                "limit": limit,
                "tags": tags,
                "since": since,
                "until": until,
                "as_agent": as_agent,
                "budget_tokens": budget_tokens,
                "session_default": session_default,
                "has_citations": has_citations,
                "source_uri_prefix": source_uri_prefix,
                "kinds": kinds,
                "session_id": session_id,
                "include_archived": include_archived,
                "confidence_tier": confidence_tier,
                "verbose_provenance": verbose_provenance,
                "format": format,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def contradictions(
        self,
        *,
        topic: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ContradictionsResponse]:
        """Find contradicting memories

        Heuristic contradiction finder (no LLM). At least one of `topic` and `namespace` is
        required (else 400). Lists up to `limit` (default 50, capped at 1000) non-expired memories
        (in `namespace` when given), then keeps those visible to the caller (admins see all) and,
        with `topic`, those whose title or `metadata.topic` equals it. `links` holds the stored
        `contradicts` links between the candidates, then one synthesized pair for every two
        candidates with different content (same topic, or without `topic` the same title).

        ``GET /api/v1/contradictions``

        Args:
            topic: Topic to look for contradictions on (matches the title or `metadata.topic`
                exactly).
            namespace: Only memories in exactly this namespace.
            limit: Maximum memories listed before filtering (default 50, capped at 1000).
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _recall_contradictions.OPERATION,
            path={},
            query={
                "topic": topic,
                "namespace": namespace,
                "limit": limit,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def memory_load_family(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        family: str,
        namespace: str | NotGiven = NOT_GIVEN,
        k: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[LoadFamilyResponse]:
        """Load the memories of a family

        Returns up to `k` memories of a tool family (MCP `memory_load_family`).

        ``POST /api/v1/memory_load_family``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            family: Tool family name (e.g. `core`, `graph`).
            namespace: Namespace.
            k: Maximum memories.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _recall_memory_load_family.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "family": family,
                "namespace": namespace,
                "k": k,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def skill_register(
        self,
        *,
        inline_skill: str | NotGiven = NOT_GIVEN,
        folder_path: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillRegisterResponse]:
        """Register a skill

        Registers a skill from a `SKILL.md` (YAML front matter with `namespace`, `name`,
        `description`, then the body): either `inline_skill` (the file's text) or `folder_path` (a
        directory on the daemon host holding `SKILL.md` and optional `resources/`). Re-registering
        the same `(namespace, name)` supersedes the previous version (`superseded_id`). Admin only;
        every tool error (neither field, unreadable folder, bad front matter) is a 400
        `{"error": <message>}`.

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
        return self._client.request(
            _skills_skill_register.OPERATION,
            path={},
            query={},
            headers={},
            body={
                "inline_skill": inline_skill,
                "folder_path": folder_path,
                "agent_id": agent_id,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def skill_list(
        self,
        *,
        namespace: str | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillListResponse]:
        """List skills

        Lists the current skills (MCP `memory_skill_list`), optionally in one namespace and whose
        name or description contains `filter` (case-sensitive substring). Admin only.

        ``GET /api/v1/skill/list``

        Args:
            namespace: Only memories in exactly this namespace.
            filter: Substring that the skill name or description must contain (case-sensitive).
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _skills_skill_list.OPERATION,
            path={},
            query={
                "namespace": namespace,
                "filter": filter,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def skill_get(
        self,
        *,
        id: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillDetail]:
        """Get a skill

        Returns one skill with its body and the list of its resources (MCP `memory_skill_get`).
        Admin only; 404 `skill not found: <id>`.

        ``GET /api/v1/skill/{id}``

        Args:
            id: Skill id.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _skills_skill_get.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def skill_resource(
        self,
        *,
        id: str,
        path: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillResourceContent]:
        """Read a skill resource

        Returns one resource file of a skill (MCP `memory_skill_resource`): UTF-8 text as is,
        other bytes base64-encoded (`encoding`). The stored SHA-256 digest is re-checked. Admin
        only; 404 when the skill has no such resource; 400 for a reference-only resource or a
        digest mismatch.

        ``GET /api/v1/skill/{id}/resource``

        Args:
            id: Skill id.
            path: Resource path inside the skill (as listed by `skill_get`). Missing gives a
                text/plain 400.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _skills_skill_resource.OPERATION,
            path={
                "id": id,
            },
            query={
                "path": path,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def skill_export(
        self,
        *,
        id: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        target_folder: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillExportResponse]:
        """Export a skill to a folder

        Writes a skill as `SKILL.md` plus its inline resources into a folder on the daemon host
        (MCP `memory_skill_export`). Admin only; 404 `skill not found: <id>`; any other tool error
        (write failure, governance refusal of a path) is a 400.

        ``POST /api/v1/skill/{id}/export``

        Args:
            id: Skill id.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            target_folder: Folder on the daemon host.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _skills_skill_export.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "target_folder": target_folder,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def skill_promote(
        self,
        *,
        id: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        name: str,
        description: str,
        parameters_schema: Any | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillPromoteResponse]:
        """Promote a reflection into a new skill

        Turns the **reflection memory** `{id}` into a new skill named `name` (MCP
        `memory_skill_promote_from_reflection`): the skill body is built from the reflection and
        the memories it `reflects_on` (attached as `references/source_<n>.md`). `{id}` is a memory
        id, not a skill id. The memory must have `memory_kind` `reflection` and a
        `reflection_depth` of at least the namespace's `skill_promotion_min_depth` (default 1);
        `name` must be a valid skill name and `description` at most 1024 characters. Admin only;
        404 when the reflection does not exist (any message containing `not found`), 400 for
        every other tool error.

        ``POST /api/v1/skill/{id}/promote``

        Args:
            id: Id of the reflection memory to promote.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            name: New skill's name (skill-name rules of `SKILL.md`).
            description: New skill's description (at most 1024 characters).
            parameters_schema: Optional JSON Schema of the skill's parameters, stored with it.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _skills_skill_promote.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "name": name,
                "description": description,
                "parameters_schema": parameters_schema,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def skill_compose(
        self,
        *,
        id: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        budget_tokens: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillComposeResponse]:
        """Compositional context of a skill

        Returns the skill body with the reflections of the namespaces its metadata `composes`
        (MCP `memory_skill_compositional_context`), best-scored first (recency + access count),
        within `budget_tokens` (default 4000, clamped to 32000; cl100k tokens of each content).
        The body is optional. Admin only; 404 `skill not found: <id>`.

        ``POST /api/v1/skill/{id}/compose``

        Args:
            id: Skill id.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            budget_tokens: Token budget.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _skills_skill_compose.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "budget_tokens": budget_tokens,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def subscriptions(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SubscriptionsResponse]:
        """List webhook subscriptions

        Lists the caller's own subscriptions (`agent_id`, if given, must equal the caller). `events`
        is a comma-separated string.

        ``GET /api/v1/subscriptions``

        Args:
            agent_id: Must equal the caller (403 otherwise).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _subscriptions_subscriptions.OPERATION,
            path={},
            query={
                "agent_id": agent_id,
            },
            headers={},
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def subscribe(
        self,
        request: SubscribeRequest | Mapping[str, Any] | None = None,
        *,
        url: str | NotGiven = NOT_GIVEN,
        events: str | Sequence[str] | NotGiven = NOT_GIVEN,
        secret: str | NotGiven = NOT_GIVEN,
        namespace_filter: str | NotGiven = NOT_GIVEN,
        agent_filter: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SubscriptionCreated]:
        """Create a webhook subscription

        Subscribes a URL to events. `url` must be http(s); plain http and loopback addresses are
        refused unless `allow_loopback_webhooks` is enabled, and private or link-local addresses
        are refused. A `secret` is required unless the daemon has a server-wide
        `[hooks.subscription] hmac_secret`. The secret is never echoed. Without `url`, a synthetic
        URL is built from `namespace` (which fails the loopback check by default). The caller is
        auto-registered as an `ai:generic` agent if new.

        ``POST /api/v1/subscriptions``

        Args:
            request: the whole request body, as a model or a dict; keyword arguments override its fields.
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
        return self._client.request(
            _subscriptions_subscribe.OPERATION,
            path={},
            query={},
            headers={},
            body=merge_body(
                request,
                {
                    "url": url,
                    "events": events,
                    "secret": secret,
                    "namespace_filter": namespace_filter,
                    "agent_filter": agent_filter,
                    "namespace": namespace,
                    "agent_id": agent_id,
                },
            ),
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def unsubscribe(
        self,
        id: str | NotGiven = NOT_GIVEN,
        *,
        namespace: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[UnsubscribeResponse]:
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
        return self._client.request(
            _subscriptions_unsubscribe.OPERATION,
            path={},
            query={
                "id": id,
                "namespace": namespace,
                "agent_id": agent_id,
            },
            headers={},
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def health(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Health]:
        """Health check

        Reports daemon health. Exempt from API-key authentication. Returns 200 when the database
        check passes and 503 (same body, `status: error`) when it fails.

        ``GET /api/v1/health``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _system_health.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def metrics_root(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[str]:
        """Prometheus metrics (root path)

        Prometheus text exposition; same handler as `GET /api/v1/metrics`. Requires the API key when
        one is configured.

        ``GET /metrics``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _system_metrics_root.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def metrics(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[str]:
        """Prometheus metrics

        Prometheus text exposition (`text/plain; version=0.0.4`). The `ai_memory_memories` gauge is
        refreshed on every scrape. Requires the API key when one is configured.

        ``GET /api/v1/metrics``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _system_metrics.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def capabilities(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        accept_capabilities: CapabilitiesVersion | Literal["v1", "v2", "v3"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Capabilities]:
        """Daemon capabilities

        The MCP capabilities document (version chosen with `Accept-Capabilities`, default v3) plus
        `storage_backend` and `db_schema_version`. Unlike the MCP path, the HTTP response has **no
        `families` block**.

        ``GET /api/v1/capabilities``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            accept_capabilities: Capabilities document version; missing or unknown means v3.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _system_capabilities.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
                "Accept-Capabilities": accept_capabilities,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def session_start(
        self,
        *,
        namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SessionStartResponse]:
        """Start a session

        Runs the MCP `memory_session_start` tool (a context bundle of recent and relevant memories)
        and adds a fresh `session_id` (UUID). A body `agent_id` must equal the `X-Agent-Id` header.

        ``POST /api/v1/session/start``

        Args:
            namespace: Namespace to load.
            limit: Maximum memories.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _system_session_start.OPERATION,
            path={},
            query={},
            headers={},
            body={
                "namespace": namespace,
                "limit": limit,
                "agent_id": agent_id,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def capture_turn(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        host_session_id: str,
        host_turn_index: int,
        role: str,
        content: str,
        host_kind: str | NotGiven = NOT_GIVEN,
        host_version: str | NotGiven = NOT_GIVEN,
        tool_calls: Sequence[ToolCallSummary | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        timestamp_iso: datetime.datetime | str | NotGiven = NOT_GIVEN,
        host_signature_b64: str | NotGiven = NOT_GIVEN,
        host_pubkey_b64: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        metadata: CaptureTurnRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[CaptureTurnResponse]:
        """Capture a conversation turn

        Stores one conversation turn from a host (layer L4). Idempotent on
        `(host_session_id, host_turn_index)`: a re-delivery answers 200 with `dedup_hit: true`, a
        new
        turn 201. Every body rejection is a 400 JSON `{"error","fields"}` on this route.

        ``POST /api/v1/capture_turn``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            host_session_id: Host session id; with `host_turn_index` the dedup key.
            host_turn_index: Turn counter within the session, from 0.
            role: `user`, `assistant`, `tool_use`, `tool_result`, `system` or `other`.
            content: Verbatim turn text.
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
        return self._client.request(
            _system_capture_turn.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "host_session_id": host_session_id,
                "host_turn_index": host_turn_index,
                "role": role,
                "content": content,
                "host_kind": host_kind,
                "host_version": host_version,
                "tool_calls": tool_calls,
                "timestamp_iso": timestamp_iso,
                "host_signature_b64": host_signature_b64,
                "host_pubkey_b64": host_pubkey_b64,
                "namespace": namespace,
                "metadata": metadata,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def tools_list(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ToolsListResponse]:
        """MCP tool definitions

        The MCP `tools/list` result for the daemon's configured profile (`{"tools":[...]}`, each an
        MCP tool definition with `name`, `description` and `inputSchema`).

        ``GET /api/v1/tools/list``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _system_tools_list.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def grant(
        self,
        id: str,
        agent_id: str,
        *,
        permission: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Grant an agent access to a memory (not served)

        Per-memory ACL grant advertised by the published SDK. **No released daemon serves this
        route** (not in v0.6.4, v0.7.0 or later route tables): a request gets 404 with an empty
        body (401 when an API key is configured and missing). Kept for SDK compatibility; the
        body shape is the SDK's and is undocumented by any server. Use scopes
        (`metadata.scope`) or `POST /api/v1/share` instead.

        ``POST /api/v1/memories/{id}/grant`` — no released server serves this route.

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            permission: Permission to grant.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _unserved_grant.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={},
            body={
                "agent_id": agent_id,
                "permission": permission,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def revoke(
        self,
        id: str,
        agent_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Revoke an agent's access to a memory (not served)

        Per-memory ACL revoke advertised by the published SDK. **No released daemon serves this
        route**: a request gets 404 with an empty body (401 when an API key is configured and
        missing). Kept for SDK compatibility; the body shape is the SDK's.

        ``POST /api/v1/memories/{id}/revoke`` — no released server serves this route.

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _unserved_revoke.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={},
            body={
                "agent_id": agent_id,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    def cluster(
        self,
        request: OpenObject | Mapping[str, Any] | None = None,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Cluster peer management (not served)

        Peer management advertised by the published SDK. **No released daemon serves this
        route**: a request gets 404 with an empty body (401 when an API key is configured and
        missing). Federation is configured with `serve --quorum-peers` and runs over
        `/api/v1/sync/*`.

        ``POST /api/v1/cluster`` — no released server serves this route.

        Args:
            request: the whole request body, as a model or a dict; keyword arguments override its fields.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return self._client.request(
            _unserved_cluster.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=merge_body(request, {}),
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )


class AsyncMethods(AsyncResource):
    """Every top-level operation of the API (async)."""

    @cached_property
    def with_raw_response(self) -> AsyncMethodsWithRawResponse:
        """The same methods, returning the raw response: status, headers, request id, ``.parse()``."""
        return AsyncMethodsWithRawResponse(self._client)

    async def forget(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        pattern: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ForgetResponse:
        """Bulk-delete memories by namespace, pattern or tier

        Deletes every memory matching all given filters (archived first when `archive_on_gc` is
        set). At least one filter is required. Admin only. The filters travel in a JSON body, not
        in the query string; because the body is extracted before the admin check, a call without
        a JSON body gets 415 before 403.

        ``POST /api/v1/forget``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            namespace: Delete memories in this namespace.
            pattern: Delete memories matching this FTS pattern.
            tier: Memory tier. Default TTLs are short 6 h, mid 7 days, long none.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _admin_forget.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "namespace": namespace,
                "pattern": pattern,
                "tier": tier,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def quota_status(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """Quota status

        With `agent_id`: the quota of that agent, which must be the caller (`X-Agent-Id`) — any
        other id is 403, admin or not (so without the header, whose anonymous id is new on every
        request, a body `agent_id` is always 403). With `namespace` too, the row of that
        `(agent_id, namespace)` pair (created with the default limits if absent); without it, the
        aggregate over the agent's namespaces (`namespace` = `_global`; maxima of the limits, sums
        of the counters). Without `agent_id`: admin only, the list of every quota row
        (`{"quotas":[...],"count":N}`, ordered by agent id then namespace), filtered by
        `namespace` when given. Default limits: 1000 memories/day, 100 MiB storage, 5000
        links/day.

        ``POST /api/v1/quota/status``

        Args:
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            namespace: With `agent_id`, the namespace row to read (else the aggregate); without it,
                filters the list.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _admin_quota_status.OPERATION,
            path={},
            query={},
            headers={},
            body={
                "agent_id": agent_id,
                "namespace": namespace,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def stats(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Stats:
        """Database statistics

        Counts by tier and namespace, links, database size. Admin only.

        ``GET /api/v1/stats``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _admin_stats.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def gc(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> GcResponse:
        """Delete expired memories

        Deletes expired memories now (archiving them first when `archive_on_gc` is set). Takes no
        body. Admin only.

        ``POST /api/v1/gc``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _admin_gc.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def export(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ExportResponse:
        """Export all memories and links

        Exports every memory and link as JSON (the simple HTTP shape, not the CLI `v1` portability
        envelope). Admin only.

        ``GET /api/v1/export``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _admin_export.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def import_(
        self,
        payload: ImportRequest | Mapping[str, Any] | None = None,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        memories: Sequence[ImportMemory | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        links: Sequence[MemoryLink | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ImportResponse:
        """Import memories and links

        Imports up to 1000 full memory objects (for example the output of `export`) and optional
        links. `metadata.agent_id` is re-stamped to the caller and the original is kept in
        `metadata.imported_from_agent_id`. Invalid links are skipped silently; per-memory failures
        are reported as sanitised strings in `errors`. Admin only.

        ``POST /api/v1/import``

        Args:
            payload: the whole request body, as a model or a dict; keyword arguments override its fields.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            memories: Memories to import (at most 1000).
            links: Links to import (invalid ones are skipped).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _admin_import_.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=merge_body(
                payload,
                {
                    "memories": memories,
                    "links": links,
                },
            ),
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def agents(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AgentsResponse:
        """List registered agents

        Lists the agent registry (stored as memories in namespace `_agents`). Admin only.

        ``GET /api/v1/agents``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _agents_agents.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def register_agent(
        self,
        agent_id: str,
        agent_type: str,
        capabilities: Sequence[str] | NotGiven = NOT_GIVEN,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RegisterAgentResponse:
        """Register an agent

        Registers (or re-registers) an agent. The registration is stored as the memory
        `agent:<agent_id>` in namespace `_agents`.

        ``POST /api/v1/agents``

        Args:
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            agent_type: `human`, `system` or `ai:<name>` (e.g. `ai:claude-opus-4.7`, `ai:codex-5.4`); at
                most 64 bytes.
            capabilities: Capabilities (tag rules).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _agents_register_agent.OPERATION,
            path={},
            query={},
            headers={},
            body={
                "agent_id": agent_id,
                "agent_type": agent_type,
                "capabilities": capabilities,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def list_archive(
        self,
        *,
        namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ArchiveListResponse:
        """List archived memories

        Lists archived memories (memory fields plus `archived_at` and `archive_reason`). Admin only.

        ``GET /api/v1/archive``

        Args:
            namespace: Only memories in exactly this namespace.
            limit: Page size.
            offset: Rows to skip.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _archive_list_archive.OPERATION,
            path={},
            query={
                "namespace": namespace,
                "limit": limit,
                "offset": offset,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def archive(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        ids: Sequence[str],
        reason: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ArchiveResponse:
        """Archive memories by id

        Moves up to 1000 memories to the archive.

        ``POST /api/v1/archive``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            ids: Memory ids (at most 1000).
            reason: Archive reason.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _archive_archive.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "ids": ids,
                "reason": reason,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def purge_archive(
        self,
        *,
        older_than_days: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PurgeArchiveResponse:
        """Purge the archive

        Permanently deletes archived memories (all, or those archived more than `older_than_days`
        days ago). Non-admin callers purge only their own rows (`owner_scope`).

        ``DELETE /api/v1/archive``

        Args:
            older_than_days: Only purge rows archived more than this many days ago.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _archive_purge_archive.OPERATION,
            path={},
            query={
                "older_than_days": older_than_days,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def restore_archive(
        self,
        *,
        id: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RestoreArchiveResponse:
        """Restore an archived memory

        Moves a memory from the archive back to the live table. Takes no body.

        ``POST /api/v1/archive/{id}/restore``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _archive_restore_archive.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def archive_stats(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ArchiveStatsResponse:
        """Archive statistics

        Archived memory counts, total and by namespace. Admin only.

        ``GET /api/v1/archive/stats``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _archive_archive_stats.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def sync_push(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        x_peer_id: str | NotGiven = NOT_GIVEN,
        x_memory_sig: str | NotGiven = NOT_GIVEN,
        x_memory_nonce: str | NotGiven = NOT_GIVEN,
        sender_agent_id: str,
        sender_clock: VectorClock | Mapping[str, Any],
        sender_wall_clock: str | NotGiven = NOT_GIVEN,
        memories: Sequence[ImportMemory | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        deletions: Sequence[str] | NotGiven = NOT_GIVEN,
        archives: Sequence[str] | NotGiven = NOT_GIVEN,
        restores: Sequence[str] | NotGiven = NOT_GIVEN,
        links: Sequence[MemoryLink | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        pendings: Sequence[PendingAction | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        pending_decisions: Sequence[OpenObject | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        namespace_meta: Sequence[OpenObject | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        namespace_meta_clears: Sequence[str] | NotGiven = NOT_GIVEN,
        dry_run: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Receive a federation push

        Receives a batch of changes from a peer daemon (at most 1000 memories). Peers sign the body
        (`X-Memory-Sig`, `X-Memory-Nonce`, `X-Peer-Id`; enforced with `AI_MEMORY_FED_REQUIRE_SIG`
        and `AI_MEMORY_FED_REQUIRE_NONCE`). Quota overruns give 429 with `x-quota-reset-at` and
        `x-quota-limit`.

        ``POST /api/v1/sync/push``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            x_peer_id: Id of the sending peer daemon.
            x_memory_sig: Peer signature over the request (required when `AI_MEMORY_FED_REQUIRE_SIG` is
                set).
            x_memory_nonce: Replay-protection nonce (required when `AI_MEMORY_FED_REQUIRE_NONCE` is set).
            sender_agent_id: Sending peer's agent id.
            sender_clock: Map of peer agent id to the latest `updated_at` seen from that peer.
            sender_wall_clock: Sender's wall clock (RFC 3339).
            memories: Memories to upsert (at most 1000).
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
        return await self._client.request(
            _federation_sync_push.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
                "X-Peer-Id": x_peer_id,
                "X-Memory-Sig": x_memory_sig,
                "X-Memory-Nonce": x_memory_nonce,
            },
            body={
                "sender_agent_id": sender_agent_id,
                "sender_clock": sender_clock,
                "sender_wall_clock": sender_wall_clock,
                "memories": memories,
                "deletions": deletions,
                "archives": archives,
                "restores": restores,
                "links": links,
                "pendings": pendings,
                "pending_decisions": pending_decisions,
                "namespace_meta": namespace_meta,
                "namespace_meta_clears": namespace_meta_clears,
                "dry_run": dry_run,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def sync_since(
        self,
        *,
        since: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        peer: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        x_peer_id: str | NotGiven = NOT_GIVEN,
        x_memory_sig: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SyncSinceResponse:
        """Changes since a timestamp (federation pull)

        Returns memories updated since `since`, for peer catch-up.

        ``GET /api/v1/sync/since``

        Args:
            since: Return memories updated after this RFC 3339 timestamp.
            limit: Maximum memories.
            peer: Requesting peer id.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            x_peer_id: Id of the sending peer daemon.
            x_memory_sig: Peer signature over the request (required when `AI_MEMORY_FED_REQUIRE_SIG` is
                set).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _federation_sync_since.OPERATION,
            path={},
            query={
                "since": since,
                "limit": limit,
                "peer": peer,
            },
            headers={
                "X-Agent-Id": agent_id,
                "X-Peer-Id": x_peer_id,
                "X-Memory-Sig": x_memory_sig,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def pending(
        self,
        *,
        status: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PendingListResponse:
        """List pending governance actions

        Lists governance-gated actions. Non-admin callers see only their own requests (`owner_scope`
        is `caller`).

        ``GET /api/v1/pending``

        Args:
            status: Filter by status (e.g. `pending`, `approved`, `rejected`).
            namespace: Only memories in exactly this namespace.
            limit: Maximum rows.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _governance_pending.OPERATION,
            path={},
            query={
                "status": status,
                "namespace": namespace,
                "limit": limit,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def approve_pending(
        self,
        *,
        id: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        x_ai_memory_signature: str | NotGiven = NOT_GIVEN,
        x_ai_memory_timestamp: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ApproveResult | ConsensusPendingResult:
        """Approve a pending action

        Approves a pending action and executes it (200), or records a vote when consensus is not
        yet reached (202). Requires the HMAC headers `X-AI-Memory-Signature` and
        `X-AI-Memory-Timestamp` over `"<ts>.POST.<id>.<raw body>"` with key
        `SHA-256(server hmac_secret)` (±300 s / 60 s skew, replay-protected); without a server
        secret every call gets 401. The body (if any) is read as raw bytes.

        ``POST /api/v1/pending/{id}/approve``

        Args:
            id: Id of the pending action.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            x_ai_memory_signature: `sha256=<hex>` HMAC over `"<timestamp>.POST.<pending id>.<raw body>"` with key
                `SHA-256(server hmac_secret)`. Required in practice: a missing or bad signature
                gives 401.
            x_ai_memory_timestamp: Unix time in seconds of the signature; at most 300 s old and 60 s in the future.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _governance_approve_pending.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
                "X-AI-Memory-Signature": x_ai_memory_signature,
                "X-AI-Memory-Timestamp": x_ai_memory_timestamp,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def reject_pending(
        self,
        *,
        id: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        x_ai_memory_signature: str | NotGiven = NOT_GIVEN,
        x_ai_memory_timestamp: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RejectResult:
        """Reject a pending action

        Rejects a pending action. Same HMAC requirements as approve.

        ``POST /api/v1/pending/{id}/reject``

        Args:
            id: Id of the pending action.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            x_ai_memory_signature: `sha256=<hex>` HMAC over `"<timestamp>.POST.<pending id>.<raw body>"` with key
                `SHA-256(server hmac_secret)`. Required in practice: a missing or bad signature
                gives 401.
            x_ai_memory_timestamp: Unix time in seconds of the signature; at most 300 s old and 60 s in the future.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _governance_reject_pending.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
                "X-AI-Memory-Signature": x_ai_memory_signature,
                "X-AI-Memory-Timestamp": x_ai_memory_timestamp,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def decide_approval(
        self,
        *,
        pending_id: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        x_ai_memory_signature: str | NotGiven = NOT_GIVEN,
        x_ai_memory_timestamp: str | NotGiven = NOT_GIVEN,
        decision: ApprovalDecisionRequestDecision | Literal["approve", "deny"],
        remember: RememberMode | Literal["once", "session", "forever"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DecisionResult | ConsensusPendingResult:
        """Decide a pending action

        Approves or denies a pending action, optionally remembering the decision. HMAC-gated like
        `approve_pending`. The body is read as raw bytes, so a bad body gives 400 JSON (never
        415/422). Responses are those of approve/reject with `remember` added.

        ``POST /api/v1/approvals/{pending_id}``

        Args:
            pending_id: Id of the pending action.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            x_ai_memory_signature: `sha256=<hex>` HMAC over `"<timestamp>.POST.<pending id>.<raw body>"` with key
                `SHA-256(server hmac_secret)`. Required in practice: a missing or bad signature
                gives 401.
            x_ai_memory_timestamp: Unix time in seconds of the signature; at most 300 s old and 60 s in the future.
            decision: The decision.
            remember: How long an approval decision is remembered.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _governance_decide_approval.OPERATION,
            path={
                "pending_id": pending_id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
                "X-AI-Memory-Signature": x_ai_memory_signature,
                "X-AI-Memory-Timestamp": x_ai_memory_timestamp,
            },
            body={
                "decision": decision,
                "remember": remember,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def approvals_stream(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str:
        """Stream approval events (SSE)

        Server-Sent Events stream (keep-alive every 15 s) with events `approval_requested`,
        `approval_decided`, `lagged` and `error`; each `data:` line is a JSON object tagged with
        `"event"`. Filtered by the subscriber's `X-Agent-Id`: an empty or `host:*` id sees nothing.

        ``GET /api/v1/approvals/stream``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _governance_approvals_stream.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def register_entity(
        self,
        *,
        canonical_name: str,
        namespace: str,
        aliases: Sequence[str] | NotGiven = NOT_GIVEN,
        metadata: RegisterEntityRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EntityResponse:
        """Register a knowledge-graph entity

        Registers an entity as a long-tier memory (title and content = `canonical_name`, tag
        `entity`, `metadata.kind = "entity"`). Idempotent on `(canonical_name, namespace)`: 201
        when created, 200 when it already existed (the new aliases are merged). `aliases` in the
        response always include the canonical name itself, ordered by registration time, then
        alphabetically. The `metadata.agent_id` stamped on a new entity is the body `agent_id` when
        given, else the `X-Agent-Id` header (here the body wins, unlike other routes; no 403 on a
        mismatch). 409 when a memory that is not an entity already uses the title in the namespace.
        No governance check and no webhook on the default (SQLite) build.

        ``POST /api/v1/entities``

        Args:
            canonical_name: Canonical name.
            namespace: Namespace.
            aliases: Alternative names.
            metadata: Free-form metadata.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _knowledge_graph_register_entity.OPERATION,
            path={},
            query={},
            headers={},
            body={
                "canonical_name": canonical_name,
                "namespace": namespace,
                "aliases": aliases,
                "metadata": metadata,
                "agent_id": agent_id,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def entity_by_alias(
        self,
        *,
        alias: str,
        namespace: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EntityByAliasResponse:
        """Look up an entity by alias

        Resolves an alias to its entity. `found` tells whether one exists; the other keys are those
        of the MCP `memory_entity_get_by_alias` tool.

        ``GET /api/v1/entities/by_alias``

        Args:
            alias: The alias to resolve.
            namespace: Namespace to look in.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _knowledge_graph_entity_by_alias.OPERATION,
            path={},
            query={
                "alias": alias,
                "namespace": namespace,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def kg_timeline(
        self,
        *,
        source_id: str,
        since: datetime.datetime | str | NotGiven = NOT_GIVEN,
        until: datetime.datetime | str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KgTimelineResponse:
        """Timeline of a memory's outbound links

        Returns the outbound links of `source_id` that have a `valid_from`, ordered by `valid_from`
        then creation time, with each target's title and namespace. `since`/`until` filter on
        `valid_from`. `limit` defaults to 200 and is clamped to 1..1000. The caller must own the
        source memory (or be its `target_agent_id`; unowned legacy rows are open).

        ``GET /api/v1/kg/timeline``

        Args:
            source_id: Memory (or entity) id whose timeline is returned. Missing gives a text/plain
                400.
            since: Only links with `valid_from` at or after this RFC 3339 instant (else 400
                `invalid since`).
            until: Only links with `valid_from` at or before this RFC 3339 instant (else 400
                `invalid until`).
            limit: Maximum events (default 200; clamped to 1..1000).
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _knowledge_graph_kg_timeline.OPERATION,
            path={},
            query={
                "source_id": source_id,
                "since": since,
                "until": until,
                "limit": limit,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def kg_invalidate(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        source_id: str,
        target_id: str,
        relation: LinkRelation
        | Literal["related_to", "supersedes", "contradicts", "derived_from", "reflects_on", "derives_from"],
        valid_until: datetime.datetime | str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KgInvalidateResponse:
        """Invalidate a link

        Sets `valid_until` on the link `(source_id, target_id, relation)` (default now);
        `previous_valid_until` tells a fresh invalidation (`null`) from a repeated one. The caller
        must own the source memory (or be its `target_agent_id`; unowned legacy rows are open).
        The HTTP route fires **no** webhook (only the MCP `memory_kg_invalidate` tool fires
        `memory_link_invalidated`).

        ``POST /api/v1/kg/invalidate``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            source_id: Source memory id.
            target_id: Target memory id.
            relation: Relation of a link.
            valid_until: End of validity (default now).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _knowledge_graph_kg_invalidate.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "source_id": source_id,
                "target_id": target_id,
                "relation": relation,
                "valid_until": valid_until,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def kg_query(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        source_id: str | NotGiven = NOT_GIVEN,
        from_: str | NotGiven = NOT_GIVEN,
        to: str | NotGiven = NOT_GIVEN,
        max_depth: int | NotGiven = NOT_GIVEN,
        valid_at: datetime.datetime | str | NotGiven = NOT_GIVEN,
        allowed_agents: Sequence[str] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        include_invalidated: bool | NotGiven = NOT_GIVEN,
        rel_types: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> KgQueryResponse:
        """Traverse the knowledge graph

        Walks outbound links from `source_id` (alias `from`; one of them is required) up to
        `max_depth` hops (default 1, at most 5; 0 or more than 5 gives 422), optionally only links
        valid at `valid_at` and observed by `allowed_agents` (an empty list matches nothing).
        `limit` defaults to 200 and is clamped to 1..1000. Invalidated links are skipped unless
        `include_invalidated`. Nodes whose target memory is invisible to the caller are dropped.
        On the default (SQLite) build `to` and `rel_types` are accepted but ignored, and `paths` is
        the list of `"<src>-><mid>-><target>"` chains, one per node.

        ``POST /api/v1/kg/query``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
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
        return await self._client.request(
            _knowledge_graph_kg_query.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "source_id": source_id,
                "from": from_,
                "to": to,
                "max_depth": max_depth,
                "valid_at": valid_at,
                "allowed_agents": allowed_agents,
                "limit": limit,
                "include_invalidated": include_invalidated,
                "rel_types": rel_types,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def kg_find_paths(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        source_id: str | NotGiven = NOT_GIVEN,
        from_id: str | NotGiven = NOT_GIVEN,
        target_id: str | NotGiven = NOT_GIVEN,
        to_id: str | NotGiven = NOT_GIVEN,
        max_depth: int | NotGiven = NOT_GIVEN,
        max_results: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FindPathsResponse:
        """Find paths between two memories

        Finds link paths from `source_id` (alias `from_id`) to `target_id` (alias `to_id`). Needs a
        daemon built with `--features sal`: the default (SQLite) build validates both ids and the
        `X-Agent-Id` header (400) and then always answers 501
        `{"error":"find_paths requires --features sal"}`; the 200 and the JSON 422 (depth error)
        occur only on `sal` builds.

        ``POST /api/v1/kg/find_paths``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            source_id: Start memory id.
            from_id: Alias of `source_id`.
            target_id: End memory id.
            to_id: Alias of `target_id`.
            max_depth: Maximum path length.
            max_results: Maximum paths.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _knowledge_graph_kg_find_paths.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "source_id": source_id,
                "from_id": from_id,
                "target_id": target_id,
                "to_id": to_id,
                "max_depth": max_depth,
                "max_results": max_results,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def find_paths(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        source_id: str | NotGiven = NOT_GIVEN,
        from_id: str | NotGiven = NOT_GIVEN,
        target_id: str | NotGiven = NOT_GIVEN,
        to_id: str | NotGiven = NOT_GIVEN,
        max_depth: int | NotGiven = NOT_GIVEN,
        max_results: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> FindPathsResponse:
        """Find paths between two memories (alias route)

        Alias of `POST /api/v1/kg/find_paths` (same handler). The default (SQLite) build validates
        both ids and the `X-Agent-Id` header (400) and then always answers 501
        `{"error":"find_paths requires --features sal"}`; the 200 occurs only on `sal` builds.

        ``POST /api/v1/find_paths``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            source_id: Start memory id.
            from_id: Alias of `source_id`.
            target_id: End memory id.
            to_id: Alias of `target_id`.
            max_depth: Maximum path length.
            max_results: Maximum paths.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _knowledge_graph_find_paths.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "source_id": source_id,
                "from_id": from_id,
                "target_id": target_id,
                "to_id": to_id,
                "max_depth": max_depth,
                "max_results": max_results,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def link(
        self,
        source_id: str,
        target_id: str,
        relation: LinkRelation
        | Literal["related_to", "supersedes", "contradicts", "derived_from", "reflects_on", "derives_from"]
        | NotGiven = NOT_GIVEN,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> LinkCreated:
        """Link two memories

        Creates a typed link from `source_id` to `target_id`. The caller must own the source
        memory. The body is parsed by hand: the aliases `from`, `to` and `rel_type` are accepted
        for `source_id`, `target_id` and `relation`, and any other key gives 400
        `{"error":"unknown_field","fields":[...]}`; an unknown relation gives 400
        `{"error":"invalid_relation","got":...,"allowed":[...]}`; a self-link gives 400. Counts
        against the `links_per_day` quota. Fires the `memory_link_created` webhook.

        ``POST /api/v1/links``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            source_id: Source memory id (must be owned by the caller).
            target_id: Target memory id (must differ from the source).
            relation: Relation of a link.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _links_link.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "source_id": source_id,
                "target_id": target_id,
                "relation": relation,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def unlink(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        source_id: str,
        target_id: str,
        relation: LinkRelation
        | Literal["related_to", "supersedes", "contradicts", "derived_from", "reflects_on", "derives_from"]
        | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UnlinkResponse:
        """Delete a link

        Deletes the link described by the body (same body and aliases as `POST /api/v1/links`). The
        caller must own the source memory.

        ``DELETE /api/v1/links``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            source_id: Source memory id (must be owned by the caller).
            target_id: Target memory id (must differ from the source).
            relation: Relation of a link.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _links_unlink.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "source_id": source_id,
                "target_id": target_id,
                "relation": relation,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def get_links(
        self,
        id: str,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> LinksResponse:
        """List a memory's links

        Returns every link where the memory is the source or the target. Links to memories invisible
        to the caller are filtered out unless the caller is admin.

        ``GET /api/v1/links/{id}``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _links_get_links.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def verify_link(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        source_id: str | NotGiven = NOT_GIVEN,
        target_id: str | NotGiven = NOT_GIVEN,
        link_id: str | NotGiven = NOT_GIVEN,
        verification_nonce: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Verify a link attestation

        Re-verifies a stored link's signature and reports its attest level. Either `source_id`
        (with optional `target_id`) or `link_id` (`"<source_id>|<target_id>|<relation>"`) is
        required (else 400 with `fields`); ids are validated (400). Needs a daemon built with
        `--features sal`: after validation the default (SQLite) build always answers 501
        `{"error":"verify_link requires --features sal"}`. The 200 body
        (`{verified, attest_level, signature_present, observed_by, source_id, target_id, relation,
        findings}`) and the 409 replay answer occur only on `sal` builds.

        ``POST /api/v1/links/verify``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            source_id: Source memory id.
            target_id: Target memory id.
            link_id: Canonical link id `"<source_id>|<target_id>|<relation>"` (alternative to
                `source_id`).
            verification_nonce: Fresh nonce (e.g. a UUID v4) per call; a repeated `(link, nonce)` pair gives 409
                on `sal` builds.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _links_verify_link.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "source_id": source_id,
                "target_id": target_id,
                "link_id": link_id,
                "verification_nonce": verification_nonce,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def check_duplicate(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        title: str,
        content: str,
        namespace: str | NotGiven = NOT_GIVEN,
        threshold: float | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CheckDuplicateResponse:
        """Check for a near-duplicate memory

        Embeds `title + content` and returns the nearest existing memory by cosine similarity.
        Needs the embedder (semantic tier or above), else 503. A nearest memory invisible to a
        non-admin caller is hidden.

        ``POST /api/v1/check_duplicate``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            title: Candidate title.
            content: Candidate content.
            namespace: Only compare within this namespace.
            threshold: Similarity threshold (floor 0.5).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _llm_check_duplicate.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "title": title,
                "content": content,
                "namespace": namespace,
                "threshold": threshold,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def auto_tag(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        memory_id: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        content: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AutoTagResponse:
        """Suggest tags with the LLM

        Asks the configured LLM for tags for a stored memory (`memory_id`) or for `title` +
        `content`. 503 when no LLM is configured, 502 when the LLM call fails.

        ``POST /api/v1/auto_tag``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            memory_id: Memory to tag.
            title: Title to tag.
            content: Content to tag.
            namespace: Namespace.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _llm_auto_tag.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "memory_id": memory_id,
                "title": title,
                "content": content,
                "namespace": namespace,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def expand_query(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        query: str,
        namespace: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ExpandQueryResponse:
        """Expand a query with the LLM

        Asks the configured LLM for related search terms. 503 when no LLM is configured.

        ``POST /api/v1/expand_query``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            query: The query.
            namespace: Namespace context.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _llm_expand_query.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "query": query,
                "namespace": namespace,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def list(
        self,
        *,
        namespace: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        min_priority: int | NotGiven = NOT_GIVEN,
        since: str | NotGiven = NOT_GIVEN,
        until: str | NotGiven = NOT_GIVEN,
        tags: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[Memory]:
        """List memories

        Lists non-expired memories, ordered by `priority` descending then `updated_at` descending.
        Offset pagination only: there is no cursor and no total count. `count` is the length of the
        returned page; because rows invisible to the caller are dropped after `LIMIT`, `count` can
        be smaller than `limit` even when more rows exist.

        ``GET /api/v1/memories``

        Args:
            namespace: Only memories in exactly this namespace.
            tier: Only memories in this tier (an unknown value gives a text/plain 400).
            limit: Page size. Values above 1000 are capped at 1000.
            offset: Number of rows to skip.
            min_priority: Only memories with at least this priority.
            since: Only memories created at or after this timestamp (compared lexically with
                `created_at`, so use the same RFC 3339 form).
            until: Only memories created at or before this timestamp (compared lexically with
                `created_at`).
            tags: A single tag; matches memories that carry exactly this tag (not a comma-
                separated list).
            agent_id: Only memories whose `metadata.agent_id` equals this id (validated; a bad id
                gives 400 `invalid agent_id filter`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _memories_list_.OPERATION,
            path={},
            query={
                "namespace": namespace,
                "tier": tier,
                "limit": limit,
                "offset": offset,
                "min_priority": min_priority,
                "since": since,
                "until": until,
                "tags": tags,
                "agent_id": agent_id,
            },
            headers={},
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def store(
        self,
        *,
        title: str,
        content: str,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN,
        confidence: float | NotGiven = NOT_GIVEN,
        source: Source
        | Literal[
            "user",
            "claude",
            "hook",
            "api",
            "cli",
            "import",
            "consolidation",
            "system",
            "chaos",
            "notify",
            "nhi",
        ]
        | NotGiven = NOT_GIVEN,
        expires_at: datetime.datetime | str | NotGiven = NOT_GIVEN,
        ttl_secs: int | NotGiven = NOT_GIVEN,
        metadata: CreateMemoryMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        scope: Scope | Literal["private", "team", "unit", "org", "collective"] | NotGiven = NOT_GIVEN,
        on_conflict: OnConflict | Literal["error", "merge", "version"] | NotGiven = NOT_GIVEN,
        detect_conflicts: bool | NotGiven = NOT_GIVEN,
        force: bool | NotGiven = NOT_GIVEN,
        citations: Sequence[Citation | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        source_uri: str | NotGiven = NOT_GIVEN,
        source_span: SourceSpan | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        kind: MemoryKind
        | Literal[
            "observation",
            "reflection",
            "persona",
            "concept",
            "entity",
            "claim",
            "relation",
            "event",
            "conversation",
            "decision",
        ]
        | NotGiven = NOT_GIVEN,
        signature: str | NotGiven = NOT_GIVEN,
        created_at: datetime.datetime | str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreateMemoryResponse | GovernancePending:
        """Create a memory

        Creates a memory. By default a second memory with the same `(title, namespace)` is
        rejected with 409 (`on_conflict: error`); `on_conflict: merge` upserts on
        `(title, namespace)` and returns the existing row's id, `on_conflict: version` stores the
        title as `"<title> (<n>)"`. `metadata.agent_id` is stamped with the caller. Every body
        rejection (missing field, malformed JSON, wrong type, wrong content type, oversize body)
        is a 400 JSON `{"error","fields"}` on this route, never a text/plain 413/415/422.
        Fires the `memory_store` webhook.

        ``POST /api/v1/memories``

        Args:
            title: Title; trimmed, not empty, at most 512 characters, no control characters except
                newline and tab.
            content: Content; not blank, at most 65536 bytes, no control characters except newline
                and tab.
            tier: Memory tier. Default TTLs are short 6 h, mid 7 days, long none.
            namespace: Namespace; no spaces, backslashes or control characters, no leading or trailing
                `/`, no empty, `.` or `..` segments, depth at most 8.
            tags: Tags (at most 50).
            priority: Priority 1 to 10.
            confidence: Confidence 0.0 to 1.0.
            source: Allowed values of a memory's `source` on create (at most 64 bytes).
            expires_at: Explicit expiry; must not be in the past. Wins over `ttl_secs` and the tier TTL.
            ttl_secs: Time to live in seconds (at most one year).
            metadata: Free-form metadata (an object of at most 65536 bytes serialised, nesting depth
                at most 32). `metadata.agent_id`, if given, must equal the caller.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            scope: Visibility scope, stored in `metadata.scope`. Absent means `private`.
            on_conflict: What to do when a memory with the same `(title, namespace)` exists: `error`
                (409), `merge` (upsert) or `version` (store as `"<title> (<n>)"`).
            detect_conflicts: Run the LLM contradiction probe (default from the daemon's `autonomous_hooks`).
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
        return await self._client.request(
            _memories_store.OPERATION,
            path={},
            query={},
            headers={},
            body={
                "title": title,
                "content": content,
                "tier": tier,
                "namespace": namespace,
                "tags": tags,
                "priority": priority,
                "confidence": confidence,
                "source": source,
                "expires_at": expires_at,
                "ttl_secs": ttl_secs,
                "metadata": metadata,
                "agent_id": agent_id,
                "scope": scope,
                "on_conflict": on_conflict,
                "detect_conflicts": detect_conflicts,
                "force": force,
                "citations": citations,
                "source_uri": source_uri,
                "source_span": source_span,
                "kind": kind,
                "signature": signature,
                "created_at": created_at,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def bulk_store(
        self,
        memories: Sequence[CreateMemory | Mapping[str, Any]],
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> BulkCreateResponse:
        """Create or upsert many memories

        Creates up to 1000 memories from a bare JSON array (not wrapped in an object). Each row is
        validated like a single create and then **upserted on `(title, namespace)`**; there is no
        per-row `on_conflict`, governance or quota handling. Rows that fail are reported as
        sanitised strings in `errors` (`validation failed`, `conflict: already exists`,
        `not found`, `forbidden`, `replication unavailable`, `internal error`); federation fan-out
        failures are appended as `"<id>: <err>"` or `"catchup to <peer>: <err>"`. The 2 MiB body
        limit may trigger before the 1000-item limit.

        ``POST /api/v1/memories/bulk``

        Args:
            memories: the whole request body.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _memories_bulk_store.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=memories,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def get(
        self,
        id: str,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> MemoryWithLinks:
        """Get a memory and its links

        Returns the memory (resolved by exact id or a unique id prefix) together with every link
        where it is the source or the target. A private memory that is not visible to the caller
        gives 404. The SDK method returns the memory with `links` merged in (`MemoryWithLinks`).

        ``GET /api/v1/memories/{id}``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _memories_get.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def update(
        self,
        id: str,
        body: UpdateMemory | Mapping[str, Any] | None = None,
        *,
        if_match: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        content: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN,
        confidence: float | NotGiven = NOT_GIVEN,
        expires_at: datetime.datetime | str | NotGiven = NOT_GIVEN,
        metadata: UpdateMemoryMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        source_uri: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Memory | None:
        """Update a memory

        Partially updates a memory: absent fields are left unchanged. Only the owner (the memory's
        `metadata.agent_id`) may update, except for legacy unowned rows. `metadata.agent_id` is
        immutable. The embedding is regenerated when `title` or `content` change. With
        `If-Match: <version>` the update only applies when the stored `version` matches (409
        otherwise). Returns the full updated memory, or `null` when the re-read after the write
        fails. No webhook is fired.

        ``PUT /api/v1/memories/{id}``

        Args:
            body: the whole request body, as a model or a dict; keyword arguments override its fields.
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
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
        return await self._client.request(
            _memories_update.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "If-Match": if_match,
            },
            body=merge_body(
                body,
                {
                    "title": title,
                    "content": content,
                    "tier": tier,
                    "namespace": namespace,
                    "tags": tags,
                    "priority": priority,
                    "confidence": confidence,
                    "expires_at": expires_at,
                    "metadata": metadata,
                    "source_uri": source_uri,
                    "agent_id": agent_id,
                },
            ),
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def delete(
        self,
        id: str,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> DeleteMemoryResponse | GovernancePending:
        """Delete a memory

        Deletes a memory. Only the owner, the inbox target (`metadata.target_agent_id`) or the
        caller `daemon` may delete. A governance policy may turn the delete into a pending action
        (202). Fires the `memory_delete` webhook.

        ``DELETE /api/v1/memories/{id}``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _memories_delete.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def promote(
        self,
        id: str,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PromoteResponse | GovernancePending:
        """Promote a memory to the long tier

        Promotes a memory to tier `long` and clears its `expires_at`. Takes no body. Same ownership
        and governance rules as delete. Fires the `memory_promote` webhook.

        ``POST /api/v1/memories/{id}/promote``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _memories_promote.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def lineage(
        self,
        id: str,
        *,
        direction: LineageDirection | Literal["ancestors", "descendants"] | NotGiven = NOT_GIVEN,
        max_depth: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> LineageResponse:
        """Walk a memory's lineage

        Walks the derivation lineage of a memory (ancestors or descendants), including tombstoned
        ancestors. **Not served by v0.7.0**: added in v0.9.0 (#1859); a v0.7.0 daemon answers 404
        with an empty body. The shape is taken from the published SDK; the full server contract
        of later versions was not reviewed.

        ``GET /api/v1/memories/{id}/lineage``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
            direction: Walk towards ancestors (default) or descendants.
            max_depth: Maximum number of hops (server ceiling 5).
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _memories_lineage.OPERATION,
            path={
                "id": id,
            },
            query={
                "direction": direction,
                "max_depth": max_depth,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def consolidate(
        self,
        *,
        ids: Sequence[str],
        title: str,
        summary: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        use_llm: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ConsolidateResponse:
        """Consolidate memories into one

        Merges 2 to 100 memories into a new memory (tier `long` by default) and fires the
        `memory_consolidated` webhook. With `use_llm` the summary is written by the configured LLM.

        ``POST /api/v1/consolidate``

        Args:
            ids: Memories to merge (2 to 100).
            title: Title of the new memory.
            summary: Content of the new memory (generated when `use_llm` is true and this is absent).
            namespace: Namespace of the new memory.
            tier: Memory tier. Default TTLs are short 6 h, mid 7 days, long none.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            use_llm: Let the LLM write the summary.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _memories_consolidate.OPERATION,
            path={},
            query={},
            headers={},
            body={
                "ids": ids,
                "title": title,
                "summary": summary,
                "namespace": namespace,
                "tier": tier,
                "agent_id": agent_id,
                "use_llm": use_llm,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def share(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        source_memory_id: str,
        target_agent_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Share a memory with an agent

        Shares a memory with another agent (MCP `memory_share`); the result object is the tool's
        output.

        ``POST /api/v1/share``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            source_memory_id: Memory to share.
            target_agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _memories_share.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "source_memory_id": source_memory_id,
                "target_agent_id": target_agent_id,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def notify(
        self,
        request: NotifyRequest | Mapping[str, Any] | None = None,
        *,
        target_agent_id: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        payload: str | NotGiven = NOT_GIVEN,
        content: str | NotGiven = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> NotifyResponse:
        """Send a message to an agent

        Stores a message for `target_agent_id` in namespace `_messages/<target>` (source `notify`,
        tag `_message`). `from` is not the raw caller: it is the daemon's `AI_MEMORY_AGENT_ID` if
        set,
        else `ai:<sanitised caller>@<hostname>:pid-<pid>`.

        ``POST /api/v1/notify``

        Args:
            request: the whole request body, as a model or a dict; keyword arguments override its fields.
            target_agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            title: Message title.
            payload: Message body.
            content: Alias of `payload`.
            priority: Priority (clamped to 1..10).
            tier: Memory tier. Default TTLs are short 6 h, mid 7 days, long none.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _messaging_notify.OPERATION,
            path={},
            query={},
            headers={},
            body=merge_body(
                request,
                {
                    "target_agent_id": target_agent_id,
                    "title": title,
                    "payload": payload,
                    "content": content,
                    "priority": priority,
                    "tier": tier,
                    "agent_id": agent_id,
                },
            ),
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def inbox(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        unread_only: bool | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> InboxResponse:
        """Read an inbox

        Lists messages sent to the caller. A message is unread while its `access_count` is 0.

        ``GET /api/v1/inbox``

        Args:
            agent_id: Inbox owner; must equal the caller (403 otherwise).
            unread_only: Only unread messages.
            limit: Maximum messages.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _messaging_inbox.OPERATION,
            path={},
            query={
                "agent_id": agent_id,
                "unread_only": unread_only,
                "limit": limit,
            },
            headers={},
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def namespaces(
        self,
        *,
        namespace: str | NotGiven = NOT_GIVEN,
        inherit: bool | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Any:
        """List namespaces, or get a namespace standard

        Without `namespace`: lists namespaces with their count of non-expired memories, sorted by
        count descending (admin only). With `namespace`: returns that namespace's standard (the
        MCP `memory_namespace_get_standard` output; with `inherit=true` the whole parent chain).

        ``GET /api/v1/namespaces``

        Args:
            namespace: When given, return this namespace's standard instead of the list.
            inherit: With `namespace`, also return the standards inherited from parent namespaces.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _namespaces_namespaces.OPERATION,
            path={},
            query={
                "namespace": namespace,
                "inherit": inherit,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def set_namespace_standard_qs(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        standard: OpenObject | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        id: str | NotGiven = NOT_GIVEN,
        parent: str | NotGiven = NOT_GIVEN,
        governance: GovernancePolicy | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Set a namespace standard

        Sets (or replaces) a namespace's standard memory, parent and governance policy. The
        namespace comes from the body (`namespace`, or `standard.namespace`).

        ``POST /api/v1/namespaces``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            namespace: Target namespace (query-string form).
            standard: A JSON object whose shape is not fixed by this document (MCP tool params or
                output, or a shape not determined from the server source).
            id: Id of the memory that holds the standard.
            parent: Parent namespace for inheritance.
            governance: A namespace governance policy (core policy; other optional sub-policies are
                flattened in and kept as extra keys).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _namespaces_set_namespace_standard_qs.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "namespace": namespace,
                "standard": standard,
                "id": id,
                "parent": parent,
                "governance": governance,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def clear_namespace_standard_qs(
        self,
        *,
        namespace: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Clear a namespace standard

        Clears the standard of the namespace given in the query string.

        ``DELETE /api/v1/namespaces``

        Args:
            namespace: Namespace whose standard is cleared.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _namespaces_clear_namespace_standard_qs.OPERATION,
            path={},
            query={
                "namespace": namespace,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def get_namespace_standard(
        self,
        *,
        ns: str,
        inherit: bool | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> NamespaceStandard:
        """Get a namespace standard

        Returns the namespace's standard (MCP `memory_namespace_get_standard` output).

        ``GET /api/v1/namespaces/{ns}/standard``

        Args:
            ns: The namespace; hierarchical namespaces must percent-encode `/` as `%2F`.
            inherit: Also return the standards inherited from parent namespaces.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _namespaces_get_namespace_standard.OPERATION,
            path={
                "ns": ns,
            },
            query={
                "inherit": inherit,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def set_namespace_standard(
        self,
        *,
        ns: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        standard: OpenObject | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        id: str | NotGiven = NOT_GIVEN,
        parent: str | NotGiven = NOT_GIVEN,
        governance: GovernancePolicy | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Set a namespace standard (path form)

        Sets the standard of the namespace in the path.

        ``POST /api/v1/namespaces/{ns}/standard``

        Args:
            ns: The namespace; hierarchical namespaces must percent-encode `/` as `%2F`.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            namespace: Target namespace (query-string form).
            standard: A JSON object whose shape is not fixed by this document (MCP tool params or
                output, or a shape not determined from the server source).
            id: Id of the memory that holds the standard.
            parent: Parent namespace for inheritance.
            governance: A namespace governance policy (core policy; other optional sub-policies are
                flattened in and kept as extra keys).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _namespaces_set_namespace_standard.OPERATION,
            path={
                "ns": ns,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "namespace": namespace,
                "standard": standard,
                "id": id,
                "parent": parent,
                "governance": governance,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def clear_namespace_standard(
        self,
        *,
        ns: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Clear a namespace standard (path form)

        Clears the standard of the namespace in the path.

        ``DELETE /api/v1/namespaces/{ns}/standard``

        Args:
            ns: The namespace; hierarchical namespaces must percent-encode `/` as `%2F`.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _namespaces_clear_namespace_standard.OPERATION,
            path={
                "ns": ns,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def taxonomy(
        self,
        *,
        prefix: str | NotGiven = NOT_GIVEN,
        root: str | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> TaxonomyResponse:
        """Namespace taxonomy tree

        Returns the namespace hierarchy as a tree with memory counts. Admin only.

        ``GET /api/v1/taxonomy``

        Args:
            prefix: Root namespace of the returned subtree (alias `root`).
            root: Alias of `prefix`.
            depth: Maximum tree depth.
            limit: Maximum number of namespaces scanned.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _namespaces_taxonomy.OPERATION,
            path={},
            query={
                "prefix": prefix,
                "root": root,
                "depth": depth,
                "limit": limit,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def memory_smart_load(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Smart context load (MCP `memory_smart_load`)

        Loads the most relevant memories for the current context. MCP-parity route: the body is the
        MCP `memory_smart_load` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_smart_load``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _parity_memory_smart_load.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def memory_reflect(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Write a reflection (MCP `memory_reflect`)

        Writes a reflection memory over source memories. MCP-parity route: the body is the MCP
        `memory_reflect` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_reflect``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _parity_memory_reflect.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def memory_recall_observations(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Recall observations (MCP `memory_recall_observations`)

        Recalls observation-kind memories. MCP-parity route: the body is the MCP
        `memory_recall_observations` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_recall_observations``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _parity_memory_recall_observations.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def memory_reflection_origin(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Origin of a reflection (MCP `memory_reflection_origin`)

        Returns the source memories a reflection was derived from. MCP-parity route: the body is the
        MCP `memory_reflection_origin` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_reflection_origin``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _parity_memory_reflection_origin.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def memory_dependents_of_invalidated(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Dependents of invalidated memories (MCP `memory_dependents_of_invalidated`)

        Lists memories that depend on invalidated links or memories. MCP-parity route: the body is
        the MCP `memory_dependents_of_invalidated` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_dependents_of_invalidated``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _parity_memory_dependents_of_invalidated.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def memory_export_reflection(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Export a reflection (MCP `memory_export_reflection`)

        Exports a reflection with its provenance. MCP-parity route: the body is the MCP
        `memory_export_reflection` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_export_reflection``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _parity_memory_export_reflection.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def memory_atomise(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Atomise a memory (MCP `memory_atomise`)

        Splits a memory into atomic claim memories. MCP-parity route: the body is the MCP
        `memory_atomise` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_atomise``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _parity_memory_atomise.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def memory_calibrate_confidence(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Calibrate confidence (MCP `memory_calibrate_confidence`)

        Recomputes the confidence of memories from their signals. MCP-parity route: the body is the
        MCP `memory_calibrate_confidence` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_calibrate_confidence``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _parity_memory_calibrate_confidence.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def memory_verify(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Verify a memory (MCP `memory_verify`)

        Verifies a memory's signature and attestation. MCP-parity route: the body is the MCP
        `memory_verify` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_verify``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _parity_memory_verify.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def memory_replay(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Replay events (MCP `memory_replay`)

        Replays recorded events. MCP-parity route: the body is the MCP `memory_replay` tool's params
        object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_replay``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _parity_memory_replay.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def memory_subscription_replay(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Replay webhook deliveries (MCP `memory_subscription_replay`)

        Replays dead-lettered webhook deliveries of a subscription. MCP-parity route: the body is
        the MCP `memory_subscription_replay` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_subscription_replay``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _parity_memory_subscription_replay.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def memory_subscription_dlq_list(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """List dead-lettered deliveries (MCP `memory_subscription_dlq_list`)

        Lists the webhook dead-letter queue of a subscription. MCP-parity route: the body is the MCP
        `memory_subscription_dlq_list` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_subscription_dlq_list``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _parity_memory_subscription_dlq_list.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def memory_rule_list(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """List rules (MCP `memory_rule_list`)

        Lists the governance rules that apply. MCP-parity route: the body is the MCP
        `memory_rule_list` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_rule_list``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _parity_memory_rule_list.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def memory_check_agent_action(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Check an agent action (MCP `memory_check_agent_action`)

        Checks whether an agent action is allowed by the rules. MCP-parity route: the body is the
        MCP `memory_check_agent_action` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_check_agent_action``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _parity_memory_check_agent_action.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def search(
        self,
        q: str | NotGiven = NOT_GIVEN,
        *,
        namespace: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        min_priority: int | NotGiven = NOT_GIVEN,
        since: str | NotGiven = NOT_GIVEN,
        until: str | NotGiven = NOT_GIVEN,
        tags: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        as_agent: str | NotGiven = NOT_GIVEN,
        source_uri: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SearchResponse:
        """Full-text search

        FTS search with AND semantics over title and content. `q` may be omitted only when
        `source_uri` is given (then the response carries `source_uri` instead of `query`).
        Visibility: private memories are returned only to their owner namespace (`as_agent`,
        defaulting to the caller). The result key is `results`, not `memories`.

        ``GET /api/v1/search``

        Args:
            q: Search text (FTS, AND semantics). Required unless `source_uri` is given.
            namespace: Only memories in exactly this namespace.
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
            as_agent: Evaluate visibility as this agent (validated as a namespace). For recall it must
                equal the caller (403 otherwise).
            source_uri: Return memories whose `source_uri` equals this value.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _recall_search.OPERATION,
            path={},
            query={
                "q": q,
                "namespace": namespace,
                "tier": tier,
                "limit": limit,
                "min_priority": min_priority,
                "since": since,
                "until": until,
                "tags": tags,
                "agent_id": agent_id,
                "as_agent": as_agent,
                "source_uri": source_uri,
            },
            headers={},
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def recall_get(
        self,
        *,
        context: str | NotGiven = NOT_GIVEN,
        query: str | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        tags: str | Sequence[str] | NotGiven = NOT_GIVEN,
        since: str | NotGiven = NOT_GIVEN,
        until: str | NotGiven = NOT_GIVEN,
        as_agent: str | NotGiven = NOT_GIVEN,
        budget_tokens: int | NotGiven = NOT_GIVEN,
        session_default: bool | NotGiven = NOT_GIVEN,
        has_citations: bool | NotGiven = NOT_GIVEN,
        source_uri_prefix: str | NotGiven = NOT_GIVEN,
        kinds: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        confidence_tier: ConfidenceTier | Literal["confirmed", "likely", "ambiguous"] | NotGiven = NOT_GIVEN,
        verbose_provenance: bool | NotGiven = NOT_GIVEN,
        format: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        accept_provenance: RecallGetAcceptProvenance | Literal["verbose"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RecallResponse:
        """Recall memories (query string)

        Same as `POST /api/v1/recall` with the fields in the query string (`kinds` as a
        comma-separated string). Recall is write-coupled: it bumps `access_count`, extends the TTL
        of short and mid memories and may auto-promote mid to long.

        ``GET /api/v1/recall``

        Args:
            context: What to recall. One of `context`, `query` or `q` is required.
            query: Alias of `context`.
            q: Alias of `context`.
            namespace: Only memories in exactly this namespace.
            limit: Maximum memories (values of 0 mean 10; values above 50 are capped).
            tags: Comma-separated tag filter.
            since: Only memories created at or after this timestamp (compared lexically with
                `created_at`, so use the same RFC 3339 form).
            until: Only memories created at or before this timestamp (compared lexically with
                `created_at`).
            as_agent: Evaluate visibility as this agent (validated as a namespace). For recall it must
                equal the caller (403 otherwise).
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
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            accept_provenance: `verbose` switches the returned memories to the MCP-decorated shape with
                provenance details.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _recall_recall_get.OPERATION,
            path={},
            query={
                "context": context,
                "query": query,
                "q": q,
                "namespace": namespace,
                "limit": limit,
                "tags": tags,
                "since": since,
                "until": until,
                "as_agent": as_agent,
                "budget_tokens": budget_tokens,
                "session_default": session_default,
                "has_citations": has_citations,
                "source_uri_prefix": source_uri_prefix,
                "kinds": kinds,
                "session_id": session_id,
                "include_archived": include_archived,
                "confidence_tier": confidence_tier,
                "verbose_provenance": verbose_provenance,
                "format": format,
            },
            headers={
                "X-Agent-Id": agent_id,
                "Accept-Provenance": accept_provenance,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def recall(
        self,
        context: str | NotGiven = NOT_GIVEN,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        accept_provenance: RecallAcceptProvenance | Literal["verbose"] | NotGiven = NOT_GIVEN,
        query: str | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        tags: str | Sequence[str] | NotGiven = NOT_GIVEN,
        since: str | NotGiven = NOT_GIVEN,
        until: str | NotGiven = NOT_GIVEN,
        as_agent: str | NotGiven = NOT_GIVEN,
        budget_tokens: int | NotGiven = NOT_GIVEN,
        session_default: bool | NotGiven = NOT_GIVEN,
        has_citations: bool | NotGiven = NOT_GIVEN,
        source_uri_prefix: str | NotGiven = NOT_GIVEN,
        kinds: builtins.list[MemoryKind] | str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        confidence_tier: ConfidenceTier | Literal["confirmed", "likely", "ambiguous"] | NotGiven = NOT_GIVEN,
        verbose_provenance: bool | NotGiven = NOT_GIVEN,
        format: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> RecallResponse:
        """Recall memories

        Hybrid (semantic + FTS) recall, or keyword-only when no embedder is loaded. One of
        `context`, `query` or `q` is required (400 `{"error":"context (or query) is required"}`).
        `as_agent`, when given, must equal the caller (403 otherwise). Each memory carries a
        `score` rounded to 3 decimals. Recall is write-coupled: it bumps `access_count`, extends
        the TTL (short +1 h, mid +1 d), auto-promotes mid to long at 5 accesses and raises the
        priority every 10 accesses.

        ``POST /api/v1/recall``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            accept_provenance: `verbose` switches the returned memories to the MCP-decorated shape with
                provenance details.
            context: What to recall.
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
        return await self._client.request(
            _recall_recall.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
                "Accept-Provenance": accept_provenance,
            },
            body={
                "context": context,
                "query": query,
                "q": q,
                "namespace": namespace,
                "limit": limit,
                "tags": tags,
                "since": since,
                "until": until,
                "as_agent": as_agent,
                "budget_tokens": budget_tokens,
                "session_default": session_default,
                "has_citations": has_citations,
                "source_uri_prefix": source_uri_prefix,
                "kinds": kinds,
                "session_id": session_id,
                "include_archived": include_archived,
                "confidence_tier": confidence_tier,
                "verbose_provenance": verbose_provenance,
                "format": format,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def contradictions(
        self,
        *,
        topic: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ContradictionsResponse:
        """Find contradicting memories

        Heuristic contradiction finder (no LLM). At least one of `topic` and `namespace` is
        required (else 400). Lists up to `limit` (default 50, capped at 1000) non-expired memories
        (in `namespace` when given), then keeps those visible to the caller (admins see all) and,
        with `topic`, those whose title or `metadata.topic` equals it. `links` holds the stored
        `contradicts` links between the candidates, then one synthesized pair for every two
        candidates with different content (same topic, or without `topic` the same title).

        ``GET /api/v1/contradictions``

        Args:
            topic: Topic to look for contradictions on (matches the title or `metadata.topic`
                exactly).
            namespace: Only memories in exactly this namespace.
            limit: Maximum memories listed before filtering (default 50, capped at 1000).
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _recall_contradictions.OPERATION,
            path={},
            query={
                "topic": topic,
                "namespace": namespace,
                "limit": limit,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def memory_load_family(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        family: str,
        namespace: str | NotGiven = NOT_GIVEN,
        k: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> LoadFamilyResponse:
        """Load the memories of a family

        Returns up to `k` memories of a tool family (MCP `memory_load_family`).

        ``POST /api/v1/memory_load_family``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            family: Tool family name (e.g. `core`, `graph`).
            namespace: Namespace.
            k: Maximum memories.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _recall_memory_load_family.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "family": family,
                "namespace": namespace,
                "k": k,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def skill_register(
        self,
        *,
        inline_skill: str | NotGiven = NOT_GIVEN,
        folder_path: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillRegisterResponse:
        """Register a skill

        Registers a skill from a `SKILL.md` (YAML front matter with `namespace`, `name`,
        `description`, then the body): either `inline_skill` (the file's text) or `folder_path` (a
        directory on the daemon host holding `SKILL.md` and optional `resources/`). Re-registering
        the same `(namespace, name)` supersedes the previous version (`superseded_id`). Admin only;
        every tool error (neither field, unreadable folder, bad front matter) is a 400
        `{"error": <message>}`.

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
        return await self._client.request(
            _skills_skill_register.OPERATION,
            path={},
            query={},
            headers={},
            body={
                "inline_skill": inline_skill,
                "folder_path": folder_path,
                "agent_id": agent_id,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def skill_list(
        self,
        *,
        namespace: str | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillListResponse:
        """List skills

        Lists the current skills (MCP `memory_skill_list`), optionally in one namespace and whose
        name or description contains `filter` (case-sensitive substring). Admin only.

        ``GET /api/v1/skill/list``

        Args:
            namespace: Only memories in exactly this namespace.
            filter: Substring that the skill name or description must contain (case-sensitive).
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _skills_skill_list.OPERATION,
            path={},
            query={
                "namespace": namespace,
                "filter": filter,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def skill_get(
        self,
        *,
        id: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillDetail:
        """Get a skill

        Returns one skill with its body and the list of its resources (MCP `memory_skill_get`).
        Admin only; 404 `skill not found: <id>`.

        ``GET /api/v1/skill/{id}``

        Args:
            id: Skill id.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _skills_skill_get.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def skill_resource(
        self,
        *,
        id: str,
        path: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillResourceContent:
        """Read a skill resource

        Returns one resource file of a skill (MCP `memory_skill_resource`): UTF-8 text as is,
        other bytes base64-encoded (`encoding`). The stored SHA-256 digest is re-checked. Admin
        only; 404 when the skill has no such resource; 400 for a reference-only resource or a
        digest mismatch.

        ``GET /api/v1/skill/{id}/resource``

        Args:
            id: Skill id.
            path: Resource path inside the skill (as listed by `skill_get`). Missing gives a
                text/plain 400.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _skills_skill_resource.OPERATION,
            path={
                "id": id,
            },
            query={
                "path": path,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def skill_export(
        self,
        *,
        id: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        target_folder: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillExportResponse:
        """Export a skill to a folder

        Writes a skill as `SKILL.md` plus its inline resources into a folder on the daemon host
        (MCP `memory_skill_export`). Admin only; 404 `skill not found: <id>`; any other tool error
        (write failure, governance refusal of a path) is a 400.

        ``POST /api/v1/skill/{id}/export``

        Args:
            id: Skill id.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            target_folder: Folder on the daemon host.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _skills_skill_export.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "target_folder": target_folder,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def skill_promote(
        self,
        *,
        id: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        name: str,
        description: str,
        parameters_schema: Any | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillPromoteResponse:
        """Promote a reflection into a new skill

        Turns the **reflection memory** `{id}` into a new skill named `name` (MCP
        `memory_skill_promote_from_reflection`): the skill body is built from the reflection and
        the memories it `reflects_on` (attached as `references/source_<n>.md`). `{id}` is a memory
        id, not a skill id. The memory must have `memory_kind` `reflection` and a
        `reflection_depth` of at least the namespace's `skill_promotion_min_depth` (default 1);
        `name` must be a valid skill name and `description` at most 1024 characters. Admin only;
        404 when the reflection does not exist (any message containing `not found`), 400 for
        every other tool error.

        ``POST /api/v1/skill/{id}/promote``

        Args:
            id: Id of the reflection memory to promote.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            name: New skill's name (skill-name rules of `SKILL.md`).
            description: New skill's description (at most 1024 characters).
            parameters_schema: Optional JSON Schema of the skill's parameters, stored with it.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _skills_skill_promote.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "name": name,
                "description": description,
                "parameters_schema": parameters_schema,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def skill_compose(
        self,
        *,
        id: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        budget_tokens: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SkillComposeResponse:
        """Compositional context of a skill

        Returns the skill body with the reflections of the namespaces its metadata `composes`
        (MCP `memory_skill_compositional_context`), best-scored first (recency + access count),
        within `budget_tokens` (default 4000, clamped to 32000; cl100k tokens of each content).
        The body is optional. Admin only; 404 `skill not found: <id>`.

        ``POST /api/v1/skill/{id}/compose``

        Args:
            id: Skill id.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            budget_tokens: Token budget.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _skills_skill_compose.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "budget_tokens": budget_tokens,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def subscriptions(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SubscriptionsResponse:
        """List webhook subscriptions

        Lists the caller's own subscriptions (`agent_id`, if given, must equal the caller). `events`
        is a comma-separated string.

        ``GET /api/v1/subscriptions``

        Args:
            agent_id: Must equal the caller (403 otherwise).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _subscriptions_subscriptions.OPERATION,
            path={},
            query={
                "agent_id": agent_id,
            },
            headers={},
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def subscribe(
        self,
        request: SubscribeRequest | Mapping[str, Any] | None = None,
        *,
        url: str | NotGiven = NOT_GIVEN,
        events: str | Sequence[str] | NotGiven = NOT_GIVEN,
        secret: str | NotGiven = NOT_GIVEN,
        namespace_filter: str | NotGiven = NOT_GIVEN,
        agent_filter: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SubscriptionCreated:
        """Create a webhook subscription

        Subscribes a URL to events. `url` must be http(s); plain http and loopback addresses are
        refused unless `allow_loopback_webhooks` is enabled, and private or link-local addresses
        are refused. A `secret` is required unless the daemon has a server-wide
        `[hooks.subscription] hmac_secret`. The secret is never echoed. Without `url`, a synthetic
        URL is built from `namespace` (which fails the loopback check by default). The caller is
        auto-registered as an `ai:generic` agent if new.

        ``POST /api/v1/subscriptions``

        Args:
            request: the whole request body, as a model or a dict; keyword arguments override its fields.
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
        return await self._client.request(
            _subscriptions_subscribe.OPERATION,
            path={},
            query={},
            headers={},
            body=merge_body(
                request,
                {
                    "url": url,
                    "events": events,
                    "secret": secret,
                    "namespace_filter": namespace_filter,
                    "agent_filter": agent_filter,
                    "namespace": namespace,
                    "agent_id": agent_id,
                },
            ),
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def unsubscribe(
        self,
        id: str | NotGiven = NOT_GIVEN,
        *,
        namespace: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> UnsubscribeResponse:
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
        return await self._client.request(
            _subscriptions_unsubscribe.OPERATION,
            path={},
            query={
                "id": id,
                "namespace": namespace,
                "agent_id": agent_id,
            },
            headers={},
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def health(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Health:
        """Health check

        Reports daemon health. Exempt from API-key authentication. Returns 200 when the database
        check passes and 503 (same body, `status: error`) when it fails.

        ``GET /api/v1/health``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _system_health.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def metrics_root(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str:
        """Prometheus metrics (root path)

        Prometheus text exposition; same handler as `GET /api/v1/metrics`. Requires the API key when
        one is configured.

        ``GET /metrics``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _system_metrics_root.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def metrics(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> str:
        """Prometheus metrics

        Prometheus text exposition (`text/plain; version=0.0.4`). The `ai_memory_memories` gauge is
        refreshed on every scrape. Requires the API key when one is configured.

        ``GET /api/v1/metrics``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _system_metrics.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def capabilities(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        accept_capabilities: CapabilitiesVersion | Literal["v1", "v2", "v3"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Capabilities:
        """Daemon capabilities

        The MCP capabilities document (version chosen with `Accept-Capabilities`, default v3) plus
        `storage_backend` and `db_schema_version`. Unlike the MCP path, the HTTP response has **no
        `families` block**.

        ``GET /api/v1/capabilities``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            accept_capabilities: Capabilities document version; missing or unknown means v3.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _system_capabilities.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
                "Accept-Capabilities": accept_capabilities,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def session_start(
        self,
        *,
        namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SessionStartResponse:
        """Start a session

        Runs the MCP `memory_session_start` tool (a context bundle of recent and relevant memories)
        and adds a fresh `session_id` (UUID). A body `agent_id` must equal the `X-Agent-Id` header.

        ``POST /api/v1/session/start``

        Args:
            namespace: Namespace to load.
            limit: Maximum memories.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _system_session_start.OPERATION,
            path={},
            query={},
            headers={},
            body={
                "namespace": namespace,
                "limit": limit,
                "agent_id": agent_id,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def capture_turn(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        host_session_id: str,
        host_turn_index: int,
        role: str,
        content: str,
        host_kind: str | NotGiven = NOT_GIVEN,
        host_version: str | NotGiven = NOT_GIVEN,
        tool_calls: Sequence[ToolCallSummary | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        timestamp_iso: datetime.datetime | str | NotGiven = NOT_GIVEN,
        host_signature_b64: str | NotGiven = NOT_GIVEN,
        host_pubkey_b64: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        metadata: CaptureTurnRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CaptureTurnResponse:
        """Capture a conversation turn

        Stores one conversation turn from a host (layer L4). Idempotent on
        `(host_session_id, host_turn_index)`: a re-delivery answers 200 with `dedup_hit: true`, a
        new
        turn 201. Every body rejection is a 400 JSON `{"error","fields"}` on this route.

        ``POST /api/v1/capture_turn``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            host_session_id: Host session id; with `host_turn_index` the dedup key.
            host_turn_index: Turn counter within the session, from 0.
            role: `user`, `assistant`, `tool_use`, `tool_result`, `system` or `other`.
            content: Verbatim turn text.
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
        return await self._client.request(
            _system_capture_turn.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "host_session_id": host_session_id,
                "host_turn_index": host_turn_index,
                "role": role,
                "content": content,
                "host_kind": host_kind,
                "host_version": host_version,
                "tool_calls": tool_calls,
                "timestamp_iso": timestamp_iso,
                "host_signature_b64": host_signature_b64,
                "host_pubkey_b64": host_pubkey_b64,
                "namespace": namespace,
                "metadata": metadata,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def tools_list(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ToolsListResponse:
        """MCP tool definitions

        The MCP `tools/list` result for the daemon's configured profile (`{"tools":[...]}`, each an
        MCP tool definition with `name`, `description` and `inputSchema`).

        ``GET /api/v1/tools/list``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _system_tools_list.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def grant(
        self,
        id: str,
        agent_id: str,
        *,
        permission: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Grant an agent access to a memory (not served)

        Per-memory ACL grant advertised by the published SDK. **No released daemon serves this
        route** (not in v0.6.4, v0.7.0 or later route tables): a request gets 404 with an empty
        body (401 when an API key is configured and missing). Kept for SDK compatibility; the
        body shape is the SDK's and is undocumented by any server. Use scopes
        (`metadata.scope`) or `POST /api/v1/share` instead.

        ``POST /api/v1/memories/{id}/grant`` — no released server serves this route.

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            permission: Permission to grant.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _unserved_grant.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={},
            body={
                "agent_id": agent_id,
                "permission": permission,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def revoke(
        self,
        id: str,
        agent_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Revoke an agent's access to a memory (not served)

        Per-memory ACL revoke advertised by the published SDK. **No released daemon serves this
        route**: a request gets 404 with an empty body (401 when an API key is configured and
        missing). Kept for SDK compatibility; the body shape is the SDK's.

        ``POST /api/v1/memories/{id}/revoke`` — no released server serves this route.

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _unserved_revoke.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={},
            body={
                "agent_id": agent_id,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )

    async def cluster(
        self,
        request: OpenObject | Mapping[str, Any] | None = None,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OpenObject:
        """Cluster peer management (not served)

        Peer management advertised by the published SDK. **No released daemon serves this
        route**: a request gets 404 with an empty body (401 when an API key is configured and
        missing). Federation is configured with `serve --quorum-peers` and runs over
        `/api/v1/sync/*`.

        ``POST /api/v1/cluster`` — no released server serves this route.

        Args:
            request: the whole request body, as a model or a dict; keyword arguments override its fields.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _unserved_cluster.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=merge_body(request, {}),
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
        )


class AsyncMethodsWithRawResponse(AsyncResource):
    """Every top-level operation of the API, returning the raw response (``.parse()`` gives the typed result) (async)."""

    async def forget(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        pattern: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ForgetResponse]:
        """Bulk-delete memories by namespace, pattern or tier

        Deletes every memory matching all given filters (archived first when `archive_on_gc` is
        set). At least one filter is required. Admin only. The filters travel in a JSON body, not
        in the query string; because the body is extracted before the admin check, a call without
        a JSON body gets 415 before 403.

        ``POST /api/v1/forget``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            namespace: Delete memories in this namespace.
            pattern: Delete memories matching this FTS pattern.
            tier: Memory tier. Default TTLs are short 6 h, mid 7 days, long none.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _admin_forget.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "namespace": namespace,
                "pattern": pattern,
                "tier": tier,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def quota_status(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Any]:
        """Quota status

        With `agent_id`: the quota of that agent, which must be the caller (`X-Agent-Id`) — any
        other id is 403, admin or not (so without the header, whose anonymous id is new on every
        request, a body `agent_id` is always 403). With `namespace` too, the row of that
        `(agent_id, namespace)` pair (created with the default limits if absent); without it, the
        aggregate over the agent's namespaces (`namespace` = `_global`; maxima of the limits, sums
        of the counters). Without `agent_id`: admin only, the list of every quota row
        (`{"quotas":[...],"count":N}`, ordered by agent id then namespace), filtered by
        `namespace` when given. Default limits: 1000 memories/day, 100 MiB storage, 5000
        links/day.

        ``POST /api/v1/quota/status``

        Args:
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            namespace: With `agent_id`, the namespace row to read (else the aggregate); without it,
                filters the list.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _admin_quota_status.OPERATION,
            path={},
            query={},
            headers={},
            body={
                "agent_id": agent_id,
                "namespace": namespace,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def stats(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Stats]:
        """Database statistics

        Counts by tier and namespace, links, database size. Admin only.

        ``GET /api/v1/stats``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _admin_stats.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def gc(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[GcResponse]:
        """Delete expired memories

        Deletes expired memories now (archiving them first when `archive_on_gc` is set). Takes no
        body. Admin only.

        ``POST /api/v1/gc``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _admin_gc.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def export(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ExportResponse]:
        """Export all memories and links

        Exports every memory and link as JSON (the simple HTTP shape, not the CLI `v1` portability
        envelope). Admin only.

        ``GET /api/v1/export``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _admin_export.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def import_(
        self,
        payload: ImportRequest | Mapping[str, Any] | None = None,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        memories: Sequence[ImportMemory | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        links: Sequence[MemoryLink | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ImportResponse]:
        """Import memories and links

        Imports up to 1000 full memory objects (for example the output of `export`) and optional
        links. `metadata.agent_id` is re-stamped to the caller and the original is kept in
        `metadata.imported_from_agent_id`. Invalid links are skipped silently; per-memory failures
        are reported as sanitised strings in `errors`. Admin only.

        ``POST /api/v1/import``

        Args:
            payload: the whole request body, as a model or a dict; keyword arguments override its fields.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            memories: Memories to import (at most 1000).
            links: Links to import (invalid ones are skipped).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _admin_import_.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=merge_body(
                payload,
                {
                    "memories": memories,
                    "links": links,
                },
            ),
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def agents(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[AgentsResponse]:
        """List registered agents

        Lists the agent registry (stored as memories in namespace `_agents`). Admin only.

        ``GET /api/v1/agents``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _agents_agents.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def register_agent(
        self,
        agent_id: str,
        agent_type: str,
        capabilities: Sequence[str] | NotGiven = NOT_GIVEN,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[RegisterAgentResponse]:
        """Register an agent

        Registers (or re-registers) an agent. The registration is stored as the memory
        `agent:<agent_id>` in namespace `_agents`.

        ``POST /api/v1/agents``

        Args:
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            agent_type: `human`, `system` or `ai:<name>` (e.g. `ai:claude-opus-4.7`, `ai:codex-5.4`); at
                most 64 bytes.
            capabilities: Capabilities (tag rules).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _agents_register_agent.OPERATION,
            path={},
            query={},
            headers={},
            body={
                "agent_id": agent_id,
                "agent_type": agent_type,
                "capabilities": capabilities,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def list_archive(
        self,
        *,
        namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ArchiveListResponse]:
        """List archived memories

        Lists archived memories (memory fields plus `archived_at` and `archive_reason`). Admin only.

        ``GET /api/v1/archive``

        Args:
            namespace: Only memories in exactly this namespace.
            limit: Page size.
            offset: Rows to skip.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _archive_list_archive.OPERATION,
            path={},
            query={
                "namespace": namespace,
                "limit": limit,
                "offset": offset,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def archive(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        ids: Sequence[str],
        reason: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ArchiveResponse]:
        """Archive memories by id

        Moves up to 1000 memories to the archive.

        ``POST /api/v1/archive``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            ids: Memory ids (at most 1000).
            reason: Archive reason.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _archive_archive.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "ids": ids,
                "reason": reason,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def purge_archive(
        self,
        *,
        older_than_days: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PurgeArchiveResponse]:
        """Purge the archive

        Permanently deletes archived memories (all, or those archived more than `older_than_days`
        days ago). Non-admin callers purge only their own rows (`owner_scope`).

        ``DELETE /api/v1/archive``

        Args:
            older_than_days: Only purge rows archived more than this many days ago.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _archive_purge_archive.OPERATION,
            path={},
            query={
                "older_than_days": older_than_days,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def restore_archive(
        self,
        *,
        id: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[RestoreArchiveResponse]:
        """Restore an archived memory

        Moves a memory from the archive back to the live table. Takes no body.

        ``POST /api/v1/archive/{id}/restore``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _archive_restore_archive.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def archive_stats(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ArchiveStatsResponse]:
        """Archive statistics

        Archived memory counts, total and by namespace. Admin only.

        ``GET /api/v1/archive/stats``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _archive_archive_stats.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def sync_push(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        x_peer_id: str | NotGiven = NOT_GIVEN,
        x_memory_sig: str | NotGiven = NOT_GIVEN,
        x_memory_nonce: str | NotGiven = NOT_GIVEN,
        sender_agent_id: str,
        sender_clock: VectorClock | Mapping[str, Any],
        sender_wall_clock: str | NotGiven = NOT_GIVEN,
        memories: Sequence[ImportMemory | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        deletions: Sequence[str] | NotGiven = NOT_GIVEN,
        archives: Sequence[str] | NotGiven = NOT_GIVEN,
        restores: Sequence[str] | NotGiven = NOT_GIVEN,
        links: Sequence[MemoryLink | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        pendings: Sequence[PendingAction | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        pending_decisions: Sequence[OpenObject | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        namespace_meta: Sequence[OpenObject | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        namespace_meta_clears: Sequence[str] | NotGiven = NOT_GIVEN,
        dry_run: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Receive a federation push

        Receives a batch of changes from a peer daemon (at most 1000 memories). Peers sign the body
        (`X-Memory-Sig`, `X-Memory-Nonce`, `X-Peer-Id`; enforced with `AI_MEMORY_FED_REQUIRE_SIG`
        and `AI_MEMORY_FED_REQUIRE_NONCE`). Quota overruns give 429 with `x-quota-reset-at` and
        `x-quota-limit`.

        ``POST /api/v1/sync/push``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            x_peer_id: Id of the sending peer daemon.
            x_memory_sig: Peer signature over the request (required when `AI_MEMORY_FED_REQUIRE_SIG` is
                set).
            x_memory_nonce: Replay-protection nonce (required when `AI_MEMORY_FED_REQUIRE_NONCE` is set).
            sender_agent_id: Sending peer's agent id.
            sender_clock: Map of peer agent id to the latest `updated_at` seen from that peer.
            sender_wall_clock: Sender's wall clock (RFC 3339).
            memories: Memories to upsert (at most 1000).
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
        return await self._client.request(
            _federation_sync_push.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
                "X-Peer-Id": x_peer_id,
                "X-Memory-Sig": x_memory_sig,
                "X-Memory-Nonce": x_memory_nonce,
            },
            body={
                "sender_agent_id": sender_agent_id,
                "sender_clock": sender_clock,
                "sender_wall_clock": sender_wall_clock,
                "memories": memories,
                "deletions": deletions,
                "archives": archives,
                "restores": restores,
                "links": links,
                "pendings": pendings,
                "pending_decisions": pending_decisions,
                "namespace_meta": namespace_meta,
                "namespace_meta_clears": namespace_meta_clears,
                "dry_run": dry_run,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def sync_since(
        self,
        *,
        since: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        peer: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        x_peer_id: str | NotGiven = NOT_GIVEN,
        x_memory_sig: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SyncSinceResponse]:
        """Changes since a timestamp (federation pull)

        Returns memories updated since `since`, for peer catch-up.

        ``GET /api/v1/sync/since``

        Args:
            since: Return memories updated after this RFC 3339 timestamp.
            limit: Maximum memories.
            peer: Requesting peer id.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            x_peer_id: Id of the sending peer daemon.
            x_memory_sig: Peer signature over the request (required when `AI_MEMORY_FED_REQUIRE_SIG` is
                set).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _federation_sync_since.OPERATION,
            path={},
            query={
                "since": since,
                "limit": limit,
                "peer": peer,
            },
            headers={
                "X-Agent-Id": agent_id,
                "X-Peer-Id": x_peer_id,
                "X-Memory-Sig": x_memory_sig,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def pending(
        self,
        *,
        status: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PendingListResponse]:
        """List pending governance actions

        Lists governance-gated actions. Non-admin callers see only their own requests (`owner_scope`
        is `caller`).

        ``GET /api/v1/pending``

        Args:
            status: Filter by status (e.g. `pending`, `approved`, `rejected`).
            namespace: Only memories in exactly this namespace.
            limit: Maximum rows.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _governance_pending.OPERATION,
            path={},
            query={
                "status": status,
                "namespace": namespace,
                "limit": limit,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def approve_pending(
        self,
        *,
        id: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        x_ai_memory_signature: str | NotGiven = NOT_GIVEN,
        x_ai_memory_timestamp: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ApproveResult | ConsensusPendingResult]:
        """Approve a pending action

        Approves a pending action and executes it (200), or records a vote when consensus is not
        yet reached (202). Requires the HMAC headers `X-AI-Memory-Signature` and
        `X-AI-Memory-Timestamp` over `"<ts>.POST.<id>.<raw body>"` with key
        `SHA-256(server hmac_secret)` (±300 s / 60 s skew, replay-protected); without a server
        secret every call gets 401. The body (if any) is read as raw bytes.

        ``POST /api/v1/pending/{id}/approve``

        Args:
            id: Id of the pending action.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            x_ai_memory_signature: `sha256=<hex>` HMAC over `"<timestamp>.POST.<pending id>.<raw body>"` with key
                `SHA-256(server hmac_secret)`. Required in practice: a missing or bad signature
                gives 401.
            x_ai_memory_timestamp: Unix time in seconds of the signature; at most 300 s old and 60 s in the future.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _governance_approve_pending.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
                "X-AI-Memory-Signature": x_ai_memory_signature,
                "X-AI-Memory-Timestamp": x_ai_memory_timestamp,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def reject_pending(
        self,
        *,
        id: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        x_ai_memory_signature: str | NotGiven = NOT_GIVEN,
        x_ai_memory_timestamp: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[RejectResult]:
        """Reject a pending action

        Rejects a pending action. Same HMAC requirements as approve.

        ``POST /api/v1/pending/{id}/reject``

        Args:
            id: Id of the pending action.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            x_ai_memory_signature: `sha256=<hex>` HMAC over `"<timestamp>.POST.<pending id>.<raw body>"` with key
                `SHA-256(server hmac_secret)`. Required in practice: a missing or bad signature
                gives 401.
            x_ai_memory_timestamp: Unix time in seconds of the signature; at most 300 s old and 60 s in the future.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _governance_reject_pending.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
                "X-AI-Memory-Signature": x_ai_memory_signature,
                "X-AI-Memory-Timestamp": x_ai_memory_timestamp,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def decide_approval(
        self,
        *,
        pending_id: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        x_ai_memory_signature: str | NotGiven = NOT_GIVEN,
        x_ai_memory_timestamp: str | NotGiven = NOT_GIVEN,
        decision: ApprovalDecisionRequestDecision | Literal["approve", "deny"],
        remember: RememberMode | Literal["once", "session", "forever"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DecisionResult | ConsensusPendingResult]:
        """Decide a pending action

        Approves or denies a pending action, optionally remembering the decision. HMAC-gated like
        `approve_pending`. The body is read as raw bytes, so a bad body gives 400 JSON (never
        415/422). Responses are those of approve/reject with `remember` added.

        ``POST /api/v1/approvals/{pending_id}``

        Args:
            pending_id: Id of the pending action.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            x_ai_memory_signature: `sha256=<hex>` HMAC over `"<timestamp>.POST.<pending id>.<raw body>"` with key
                `SHA-256(server hmac_secret)`. Required in practice: a missing or bad signature
                gives 401.
            x_ai_memory_timestamp: Unix time in seconds of the signature; at most 300 s old and 60 s in the future.
            decision: The decision.
            remember: How long an approval decision is remembered.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _governance_decide_approval.OPERATION,
            path={
                "pending_id": pending_id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
                "X-AI-Memory-Signature": x_ai_memory_signature,
                "X-AI-Memory-Timestamp": x_ai_memory_timestamp,
            },
            body={
                "decision": decision,
                "remember": remember,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def approvals_stream(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[str]:
        """Stream approval events (SSE)

        Server-Sent Events stream (keep-alive every 15 s) with events `approval_requested`,
        `approval_decided`, `lagged` and `error`; each `data:` line is a JSON object tagged with
        `"event"`. Filtered by the subscriber's `X-Agent-Id`: an empty or `host:*` id sees nothing.

        ``GET /api/v1/approvals/stream``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _governance_approvals_stream.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def register_entity(
        self,
        *,
        canonical_name: str,
        namespace: str,
        aliases: Sequence[str] | NotGiven = NOT_GIVEN,
        metadata: RegisterEntityRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[EntityResponse]:
        """Register a knowledge-graph entity

        Registers an entity as a long-tier memory (title and content = `canonical_name`, tag
        `entity`, `metadata.kind = "entity"`). Idempotent on `(canonical_name, namespace)`: 201
        when created, 200 when it already existed (the new aliases are merged). `aliases` in the
        response always include the canonical name itself, ordered by registration time, then
        alphabetically. The `metadata.agent_id` stamped on a new entity is the body `agent_id` when
        given, else the `X-Agent-Id` header (here the body wins, unlike other routes; no 403 on a
        mismatch). 409 when a memory that is not an entity already uses the title in the namespace.
        No governance check and no webhook on the default (SQLite) build.

        ``POST /api/v1/entities``

        Args:
            canonical_name: Canonical name.
            namespace: Namespace.
            aliases: Alternative names.
            metadata: Free-form metadata.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _knowledge_graph_register_entity.OPERATION,
            path={},
            query={},
            headers={},
            body={
                "canonical_name": canonical_name,
                "namespace": namespace,
                "aliases": aliases,
                "metadata": metadata,
                "agent_id": agent_id,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def entity_by_alias(
        self,
        *,
        alias: str,
        namespace: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[EntityByAliasResponse]:
        """Look up an entity by alias

        Resolves an alias to its entity. `found` tells whether one exists; the other keys are those
        of the MCP `memory_entity_get_by_alias` tool.

        ``GET /api/v1/entities/by_alias``

        Args:
            alias: The alias to resolve.
            namespace: Namespace to look in.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _knowledge_graph_entity_by_alias.OPERATION,
            path={},
            query={
                "alias": alias,
                "namespace": namespace,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def kg_timeline(
        self,
        *,
        source_id: str,
        since: datetime.datetime | str | NotGiven = NOT_GIVEN,
        until: datetime.datetime | str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[KgTimelineResponse]:
        """Timeline of a memory's outbound links

        Returns the outbound links of `source_id` that have a `valid_from`, ordered by `valid_from`
        then creation time, with each target's title and namespace. `since`/`until` filter on
        `valid_from`. `limit` defaults to 200 and is clamped to 1..1000. The caller must own the
        source memory (or be its `target_agent_id`; unowned legacy rows are open).

        ``GET /api/v1/kg/timeline``

        Args:
            source_id: Memory (or entity) id whose timeline is returned. Missing gives a text/plain
                400.
            since: Only links with `valid_from` at or after this RFC 3339 instant (else 400
                `invalid since`).
            until: Only links with `valid_from` at or before this RFC 3339 instant (else 400
                `invalid until`).
            limit: Maximum events (default 200; clamped to 1..1000).
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _knowledge_graph_kg_timeline.OPERATION,
            path={},
            query={
                "source_id": source_id,
                "since": since,
                "until": until,
                "limit": limit,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def kg_invalidate(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        source_id: str,
        target_id: str,
        relation: LinkRelation
        | Literal["related_to", "supersedes", "contradicts", "derived_from", "reflects_on", "derives_from"],
        valid_until: datetime.datetime | str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[KgInvalidateResponse]:
        """Invalidate a link

        Sets `valid_until` on the link `(source_id, target_id, relation)` (default now);
        `previous_valid_until` tells a fresh invalidation (`null`) from a repeated one. The caller
        must own the source memory (or be its `target_agent_id`; unowned legacy rows are open).
        The HTTP route fires **no** webhook (only the MCP `memory_kg_invalidate` tool fires
        `memory_link_invalidated`).

        ``POST /api/v1/kg/invalidate``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            source_id: Source memory id.
            target_id: Target memory id.
            relation: Relation of a link.
            valid_until: End of validity (default now).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _knowledge_graph_kg_invalidate.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "source_id": source_id,
                "target_id": target_id,
                "relation": relation,
                "valid_until": valid_until,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def kg_query(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        source_id: str | NotGiven = NOT_GIVEN,
        from_: str | NotGiven = NOT_GIVEN,
        to: str | NotGiven = NOT_GIVEN,
        max_depth: int | NotGiven = NOT_GIVEN,
        valid_at: datetime.datetime | str | NotGiven = NOT_GIVEN,
        allowed_agents: Sequence[str] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        include_invalidated: bool | NotGiven = NOT_GIVEN,
        rel_types: Sequence[str] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[KgQueryResponse]:
        """Traverse the knowledge graph

        Walks outbound links from `source_id` (alias `from`; one of them is required) up to
        `max_depth` hops (default 1, at most 5; 0 or more than 5 gives 422), optionally only links
        valid at `valid_at` and observed by `allowed_agents` (an empty list matches nothing).
        `limit` defaults to 200 and is clamped to 1..1000. Invalidated links are skipped unless
        `include_invalidated`. Nodes whose target memory is invisible to the caller are dropped.
        On the default (SQLite) build `to` and `rel_types` are accepted but ignored, and `paths` is
        the list of `"<src>-><mid>-><target>"` chains, one per node.

        ``POST /api/v1/kg/query``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
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
        return await self._client.request(
            _knowledge_graph_kg_query.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "source_id": source_id,
                "from": from_,
                "to": to,
                "max_depth": max_depth,
                "valid_at": valid_at,
                "allowed_agents": allowed_agents,
                "limit": limit,
                "include_invalidated": include_invalidated,
                "rel_types": rel_types,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def kg_find_paths(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        source_id: str | NotGiven = NOT_GIVEN,
        from_id: str | NotGiven = NOT_GIVEN,
        target_id: str | NotGiven = NOT_GIVEN,
        to_id: str | NotGiven = NOT_GIVEN,
        max_depth: int | NotGiven = NOT_GIVEN,
        max_results: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[FindPathsResponse]:
        """Find paths between two memories

        Finds link paths from `source_id` (alias `from_id`) to `target_id` (alias `to_id`). Needs a
        daemon built with `--features sal`: the default (SQLite) build validates both ids and the
        `X-Agent-Id` header (400) and then always answers 501
        `{"error":"find_paths requires --features sal"}`; the 200 and the JSON 422 (depth error)
        occur only on `sal` builds.

        ``POST /api/v1/kg/find_paths``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            source_id: Start memory id.
            from_id: Alias of `source_id`.
            target_id: End memory id.
            to_id: Alias of `target_id`.
            max_depth: Maximum path length.
            max_results: Maximum paths.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _knowledge_graph_kg_find_paths.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "source_id": source_id,
                "from_id": from_id,
                "target_id": target_id,
                "to_id": to_id,
                "max_depth": max_depth,
                "max_results": max_results,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def find_paths(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        source_id: str | NotGiven = NOT_GIVEN,
        from_id: str | NotGiven = NOT_GIVEN,
        target_id: str | NotGiven = NOT_GIVEN,
        to_id: str | NotGiven = NOT_GIVEN,
        max_depth: int | NotGiven = NOT_GIVEN,
        max_results: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[FindPathsResponse]:
        """Find paths between two memories (alias route)

        Alias of `POST /api/v1/kg/find_paths` (same handler). The default (SQLite) build validates
        both ids and the `X-Agent-Id` header (400) and then always answers 501
        `{"error":"find_paths requires --features sal"}`; the 200 occurs only on `sal` builds.

        ``POST /api/v1/find_paths``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            source_id: Start memory id.
            from_id: Alias of `source_id`.
            target_id: End memory id.
            to_id: Alias of `target_id`.
            max_depth: Maximum path length.
            max_results: Maximum paths.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _knowledge_graph_find_paths.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "source_id": source_id,
                "from_id": from_id,
                "target_id": target_id,
                "to_id": to_id,
                "max_depth": max_depth,
                "max_results": max_results,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def link(
        self,
        source_id: str,
        target_id: str,
        relation: LinkRelation
        | Literal["related_to", "supersedes", "contradicts", "derived_from", "reflects_on", "derives_from"]
        | NotGiven = NOT_GIVEN,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[LinkCreated]:
        """Link two memories

        Creates a typed link from `source_id` to `target_id`. The caller must own the source
        memory. The body is parsed by hand: the aliases `from`, `to` and `rel_type` are accepted
        for `source_id`, `target_id` and `relation`, and any other key gives 400
        `{"error":"unknown_field","fields":[...]}`; an unknown relation gives 400
        `{"error":"invalid_relation","got":...,"allowed":[...]}`; a self-link gives 400. Counts
        against the `links_per_day` quota. Fires the `memory_link_created` webhook.

        ``POST /api/v1/links``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            source_id: Source memory id (must be owned by the caller).
            target_id: Target memory id (must differ from the source).
            relation: Relation of a link.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _links_link.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "source_id": source_id,
                "target_id": target_id,
                "relation": relation,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def unlink(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        source_id: str,
        target_id: str,
        relation: LinkRelation
        | Literal["related_to", "supersedes", "contradicts", "derived_from", "reflects_on", "derives_from"]
        | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[UnlinkResponse]:
        """Delete a link

        Deletes the link described by the body (same body and aliases as `POST /api/v1/links`). The
        caller must own the source memory.

        ``DELETE /api/v1/links``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            source_id: Source memory id (must be owned by the caller).
            target_id: Target memory id (must differ from the source).
            relation: Relation of a link.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _links_unlink.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "source_id": source_id,
                "target_id": target_id,
                "relation": relation,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def get_links(
        self,
        id: str,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[LinksResponse]:
        """List a memory's links

        Returns every link where the memory is the source or the target. Links to memories invisible
        to the caller are filtered out unless the caller is admin.

        ``GET /api/v1/links/{id}``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _links_get_links.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def verify_link(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        source_id: str | NotGiven = NOT_GIVEN,
        target_id: str | NotGiven = NOT_GIVEN,
        link_id: str | NotGiven = NOT_GIVEN,
        verification_nonce: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Verify a link attestation

        Re-verifies a stored link's signature and reports its attest level. Either `source_id`
        (with optional `target_id`) or `link_id` (`"<source_id>|<target_id>|<relation>"`) is
        required (else 400 with `fields`); ids are validated (400). Needs a daemon built with
        `--features sal`: after validation the default (SQLite) build always answers 501
        `{"error":"verify_link requires --features sal"}`. The 200 body
        (`{verified, attest_level, signature_present, observed_by, source_id, target_id, relation,
        findings}`) and the 409 replay answer occur only on `sal` builds.

        ``POST /api/v1/links/verify``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            source_id: Source memory id.
            target_id: Target memory id.
            link_id: Canonical link id `"<source_id>|<target_id>|<relation>"` (alternative to
                `source_id`).
            verification_nonce: Fresh nonce (e.g. a UUID v4) per call; a repeated `(link, nonce)` pair gives 409
                on `sal` builds.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _links_verify_link.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "source_id": source_id,
                "target_id": target_id,
                "link_id": link_id,
                "verification_nonce": verification_nonce,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def check_duplicate(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        title: str,
        content: str,
        namespace: str | NotGiven = NOT_GIVEN,
        threshold: float | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[CheckDuplicateResponse]:
        """Check for a near-duplicate memory

        Embeds `title + content` and returns the nearest existing memory by cosine similarity.
        Needs the embedder (semantic tier or above), else 503. A nearest memory invisible to a
        non-admin caller is hidden.

        ``POST /api/v1/check_duplicate``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            title: Candidate title.
            content: Candidate content.
            namespace: Only compare within this namespace.
            threshold: Similarity threshold (floor 0.5).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _llm_check_duplicate.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "title": title,
                "content": content,
                "namespace": namespace,
                "threshold": threshold,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def auto_tag(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        memory_id: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        content: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[AutoTagResponse]:
        """Suggest tags with the LLM

        Asks the configured LLM for tags for a stored memory (`memory_id`) or for `title` +
        `content`. 503 when no LLM is configured, 502 when the LLM call fails.

        ``POST /api/v1/auto_tag``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            memory_id: Memory to tag.
            title: Title to tag.
            content: Content to tag.
            namespace: Namespace.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _llm_auto_tag.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "memory_id": memory_id,
                "title": title,
                "content": content,
                "namespace": namespace,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def expand_query(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        query: str,
        namespace: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ExpandQueryResponse]:
        """Expand a query with the LLM

        Asks the configured LLM for related search terms. 503 when no LLM is configured.

        ``POST /api/v1/expand_query``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            query: The query.
            namespace: Namespace context.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _llm_expand_query.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "query": query,
                "namespace": namespace,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def list(
        self,
        *,
        namespace: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
        min_priority: int | NotGiven = NOT_GIVEN,
        since: str | NotGiven = NOT_GIVEN,
        until: str | NotGiven = NOT_GIVEN,
        tags: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[AsyncPage[Memory]]:
        """List memories

        Lists non-expired memories, ordered by `priority` descending then `updated_at` descending.
        Offset pagination only: there is no cursor and no total count. `count` is the length of the
        returned page; because rows invisible to the caller are dropped after `LIMIT`, `count` can
        be smaller than `limit` even when more rows exist.

        ``GET /api/v1/memories``

        Args:
            namespace: Only memories in exactly this namespace.
            tier: Only memories in this tier (an unknown value gives a text/plain 400).
            limit: Page size. Values above 1000 are capped at 1000.
            offset: Number of rows to skip.
            min_priority: Only memories with at least this priority.
            since: Only memories created at or after this timestamp (compared lexically with
                `created_at`, so use the same RFC 3339 form).
            until: Only memories created at or before this timestamp (compared lexically with
                `created_at`).
            tags: A single tag; matches memories that carry exactly this tag (not a comma-
                separated list).
            agent_id: Only memories whose `metadata.agent_id` equals this id (validated; a bad id
                gives 400 `invalid agent_id filter`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _memories_list_.OPERATION,
            path={},
            query={
                "namespace": namespace,
                "tier": tier,
                "limit": limit,
                "offset": offset,
                "min_priority": min_priority,
                "since": since,
                "until": until,
                "tags": tags,
                "agent_id": agent_id,
            },
            headers={},
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def store(
        self,
        *,
        title: str,
        content: str,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN,
        confidence: float | NotGiven = NOT_GIVEN,
        source: Source
        | Literal[
            "user",
            "claude",
            "hook",
            "api",
            "cli",
            "import",
            "consolidation",
            "system",
            "chaos",
            "notify",
            "nhi",
        ]
        | NotGiven = NOT_GIVEN,
        expires_at: datetime.datetime | str | NotGiven = NOT_GIVEN,
        ttl_secs: int | NotGiven = NOT_GIVEN,
        metadata: CreateMemoryMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        scope: Scope | Literal["private", "team", "unit", "org", "collective"] | NotGiven = NOT_GIVEN,
        on_conflict: OnConflict | Literal["error", "merge", "version"] | NotGiven = NOT_GIVEN,
        detect_conflicts: bool | NotGiven = NOT_GIVEN,
        force: bool | NotGiven = NOT_GIVEN,
        citations: Sequence[Citation | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        source_uri: str | NotGiven = NOT_GIVEN,
        source_span: SourceSpan | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        kind: MemoryKind
        | Literal[
            "observation",
            "reflection",
            "persona",
            "concept",
            "entity",
            "claim",
            "relation",
            "event",
            "conversation",
            "decision",
        ]
        | NotGiven = NOT_GIVEN,
        signature: str | NotGiven = NOT_GIVEN,
        created_at: datetime.datetime | str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[CreateMemoryResponse | GovernancePending]:
        """Create a memory

        Creates a memory. By default a second memory with the same `(title, namespace)` is
        rejected with 409 (`on_conflict: error`); `on_conflict: merge` upserts on
        `(title, namespace)` and returns the existing row's id, `on_conflict: version` stores the
        title as `"<title> (<n>)"`. `metadata.agent_id` is stamped with the caller. Every body
        rejection (missing field, malformed JSON, wrong type, wrong content type, oversize body)
        is a 400 JSON `{"error","fields"}` on this route, never a text/plain 413/415/422.
        Fires the `memory_store` webhook.

        ``POST /api/v1/memories``

        Args:
            title: Title; trimmed, not empty, at most 512 characters, no control characters except
                newline and tab.
            content: Content; not blank, at most 65536 bytes, no control characters except newline
                and tab.
            tier: Memory tier. Default TTLs are short 6 h, mid 7 days, long none.
            namespace: Namespace; no spaces, backslashes or control characters, no leading or trailing
                `/`, no empty, `.` or `..` segments, depth at most 8.
            tags: Tags (at most 50).
            priority: Priority 1 to 10.
            confidence: Confidence 0.0 to 1.0.
            source: Allowed values of a memory's `source` on create (at most 64 bytes).
            expires_at: Explicit expiry; must not be in the past. Wins over `ttl_secs` and the tier TTL.
            ttl_secs: Time to live in seconds (at most one year).
            metadata: Free-form metadata (an object of at most 65536 bytes serialised, nesting depth
                at most 32). `metadata.agent_id`, if given, must equal the caller.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            scope: Visibility scope, stored in `metadata.scope`. Absent means `private`.
            on_conflict: What to do when a memory with the same `(title, namespace)` exists: `error`
                (409), `merge` (upsert) or `version` (store as `"<title> (<n>)"`).
            detect_conflicts: Run the LLM contradiction probe (default from the daemon's `autonomous_hooks`).
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
        return await self._client.request(
            _memories_store.OPERATION,
            path={},
            query={},
            headers={},
            body={
                "title": title,
                "content": content,
                "tier": tier,
                "namespace": namespace,
                "tags": tags,
                "priority": priority,
                "confidence": confidence,
                "source": source,
                "expires_at": expires_at,
                "ttl_secs": ttl_secs,
                "metadata": metadata,
                "agent_id": agent_id,
                "scope": scope,
                "on_conflict": on_conflict,
                "detect_conflicts": detect_conflicts,
                "force": force,
                "citations": citations,
                "source_uri": source_uri,
                "source_span": source_span,
                "kind": kind,
                "signature": signature,
                "created_at": created_at,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def bulk_store(
        self,
        memories: Sequence[CreateMemory | Mapping[str, Any]],
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[BulkCreateResponse]:
        """Create or upsert many memories

        Creates up to 1000 memories from a bare JSON array (not wrapped in an object). Each row is
        validated like a single create and then **upserted on `(title, namespace)`**; there is no
        per-row `on_conflict`, governance or quota handling. Rows that fail are reported as
        sanitised strings in `errors` (`validation failed`, `conflict: already exists`,
        `not found`, `forbidden`, `replication unavailable`, `internal error`); federation fan-out
        failures are appended as `"<id>: <err>"` or `"catchup to <peer>: <err>"`. The 2 MiB body
        limit may trigger before the 1000-item limit.

        ``POST /api/v1/memories/bulk``

        Args:
            memories: the whole request body.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _memories_bulk_store.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=memories,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def get(
        self,
        id: str,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[MemoryWithLinks]:
        """Get a memory and its links

        Returns the memory (resolved by exact id or a unique id prefix) together with every link
        where it is the source or the target. A private memory that is not visible to the caller
        gives 404. The SDK method returns the memory with `links` merged in (`MemoryWithLinks`).

        ``GET /api/v1/memories/{id}``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _memories_get.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def update(
        self,
        id: str,
        body: UpdateMemory | Mapping[str, Any] | None = None,
        *,
        if_match: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        content: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        tags: Sequence[str] | NotGiven = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN,
        confidence: float | NotGiven = NOT_GIVEN,
        expires_at: datetime.datetime | str | NotGiven = NOT_GIVEN,
        metadata: UpdateMemoryMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        source_uri: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Memory | None]:
        """Update a memory

        Partially updates a memory: absent fields are left unchanged. Only the owner (the memory's
        `metadata.agent_id`) may update, except for legacy unowned rows. `metadata.agent_id` is
        immutable. The embedding is regenerated when `title` or `content` change. With
        `If-Match: <version>` the update only applies when the stored `version` matches (409
        otherwise). Returns the full updated memory, or `null` when the re-read after the write
        fails. No webhook is fired.

        ``PUT /api/v1/memories/{id}``

        Args:
            body: the whole request body, as a model or a dict; keyword arguments override its fields.
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
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
        return await self._client.request(
            _memories_update.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "If-Match": if_match,
            },
            body=merge_body(
                body,
                {
                    "title": title,
                    "content": content,
                    "tier": tier,
                    "namespace": namespace,
                    "tags": tags,
                    "priority": priority,
                    "confidence": confidence,
                    "expires_at": expires_at,
                    "metadata": metadata,
                    "source_uri": source_uri,
                    "agent_id": agent_id,
                },
            ),
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def delete(
        self,
        id: str,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[DeleteMemoryResponse | GovernancePending]:
        """Delete a memory

        Deletes a memory. Only the owner, the inbox target (`metadata.target_agent_id`) or the
        caller `daemon` may delete. A governance policy may turn the delete into a pending action
        (202). Fires the `memory_delete` webhook.

        ``DELETE /api/v1/memories/{id}``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _memories_delete.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def promote(
        self,
        id: str,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[PromoteResponse | GovernancePending]:
        """Promote a memory to the long tier

        Promotes a memory to tier `long` and clears its `expires_at`. Takes no body. Same ownership
        and governance rules as delete. Fires the `memory_promote` webhook.

        ``POST /api/v1/memories/{id}/promote``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _memories_promote.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def lineage(
        self,
        id: str,
        *,
        direction: LineageDirection | Literal["ancestors", "descendants"] | NotGiven = NOT_GIVEN,
        max_depth: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[LineageResponse]:
        """Walk a memory's lineage

        Walks the derivation lineage of a memory (ancestors or descendants), including tombstoned
        ancestors. **Not served by v0.7.0**: added in v0.9.0 (#1859); a v0.7.0 daemon answers 404
        with an empty body. The shape is taken from the published SDK; the full server contract
        of later versions was not reviewed.

        ``GET /api/v1/memories/{id}/lineage``

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
            direction: Walk towards ancestors (default) or descendants.
            max_depth: Maximum number of hops (server ceiling 5).
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _memories_lineage.OPERATION,
            path={
                "id": id,
            },
            query={
                "direction": direction,
                "max_depth": max_depth,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def consolidate(
        self,
        *,
        ids: Sequence[str],
        title: str,
        summary: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        use_llm: bool | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ConsolidateResponse]:
        """Consolidate memories into one

        Merges 2 to 100 memories into a new memory (tier `long` by default) and fires the
        `memory_consolidated` webhook. With `use_llm` the summary is written by the configured LLM.

        ``POST /api/v1/consolidate``

        Args:
            ids: Memories to merge (2 to 100).
            title: Title of the new memory.
            summary: Content of the new memory (generated when `use_llm` is true and this is absent).
            namespace: Namespace of the new memory.
            tier: Memory tier. Default TTLs are short 6 h, mid 7 days, long none.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            use_llm: Let the LLM write the summary.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _memories_consolidate.OPERATION,
            path={},
            query={},
            headers={},
            body={
                "ids": ids,
                "title": title,
                "summary": summary,
                "namespace": namespace,
                "tier": tier,
                "agent_id": agent_id,
                "use_llm": use_llm,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def share(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        source_memory_id: str,
        target_agent_id: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Share a memory with an agent

        Shares a memory with another agent (MCP `memory_share`); the result object is the tool's
        output.

        ``POST /api/v1/share``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            source_memory_id: Memory to share.
            target_agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _memories_share.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "source_memory_id": source_memory_id,
                "target_agent_id": target_agent_id,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def notify(
        self,
        request: NotifyRequest | Mapping[str, Any] | None = None,
        *,
        target_agent_id: str | NotGiven = NOT_GIVEN,
        title: str | NotGiven = NOT_GIVEN,
        payload: str | NotGiven = NOT_GIVEN,
        content: str | NotGiven = NOT_GIVEN,
        priority: int | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[NotifyResponse]:
        """Send a message to an agent

        Stores a message for `target_agent_id` in namespace `_messages/<target>` (source `notify`,
        tag `_message`). `from` is not the raw caller: it is the daemon's `AI_MEMORY_AGENT_ID` if
        set,
        else `ai:<sanitised caller>@<hostname>:pid-<pid>`.

        ``POST /api/v1/notify``

        Args:
            request: the whole request body, as a model or a dict; keyword arguments override its fields.
            target_agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            title: Message title.
            payload: Message body.
            content: Alias of `payload`.
            priority: Priority (clamped to 1..10).
            tier: Memory tier. Default TTLs are short 6 h, mid 7 days, long none.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _messaging_notify.OPERATION,
            path={},
            query={},
            headers={},
            body=merge_body(
                request,
                {
                    "target_agent_id": target_agent_id,
                    "title": title,
                    "payload": payload,
                    "content": content,
                    "priority": priority,
                    "tier": tier,
                    "agent_id": agent_id,
                },
            ),
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def inbox(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        unread_only: bool | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[InboxResponse]:
        """Read an inbox

        Lists messages sent to the caller. A message is unread while its `access_count` is 0.

        ``GET /api/v1/inbox``

        Args:
            agent_id: Inbox owner; must equal the caller (403 otherwise).
            unread_only: Only unread messages.
            limit: Maximum messages.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _messaging_inbox.OPERATION,
            path={},
            query={
                "agent_id": agent_id,
                "unread_only": unread_only,
                "limit": limit,
            },
            headers={},
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def namespaces(
        self,
        *,
        namespace: str | NotGiven = NOT_GIVEN,
        inherit: bool | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Any]:
        """List namespaces, or get a namespace standard

        Without `namespace`: lists namespaces with their count of non-expired memories, sorted by
        count descending (admin only). With `namespace`: returns that namespace's standard (the
        MCP `memory_namespace_get_standard` output; with `inherit=true` the whole parent chain).

        ``GET /api/v1/namespaces``

        Args:
            namespace: When given, return this namespace's standard instead of the list.
            inherit: With `namespace`, also return the standards inherited from parent namespaces.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _namespaces_namespaces.OPERATION,
            path={},
            query={
                "namespace": namespace,
                "inherit": inherit,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def set_namespace_standard_qs(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        standard: OpenObject | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        id: str | NotGiven = NOT_GIVEN,
        parent: str | NotGiven = NOT_GIVEN,
        governance: GovernancePolicy | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Set a namespace standard

        Sets (or replaces) a namespace's standard memory, parent and governance policy. The
        namespace comes from the body (`namespace`, or `standard.namespace`).

        ``POST /api/v1/namespaces``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            namespace: Target namespace (query-string form).
            standard: A JSON object whose shape is not fixed by this document (MCP tool params or
                output, or a shape not determined from the server source).
            id: Id of the memory that holds the standard.
            parent: Parent namespace for inheritance.
            governance: A namespace governance policy (core policy; other optional sub-policies are
                flattened in and kept as extra keys).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _namespaces_set_namespace_standard_qs.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "namespace": namespace,
                "standard": standard,
                "id": id,
                "parent": parent,
                "governance": governance,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def clear_namespace_standard_qs(
        self,
        *,
        namespace: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Clear a namespace standard

        Clears the standard of the namespace given in the query string.

        ``DELETE /api/v1/namespaces``

        Args:
            namespace: Namespace whose standard is cleared.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _namespaces_clear_namespace_standard_qs.OPERATION,
            path={},
            query={
                "namespace": namespace,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def get_namespace_standard(
        self,
        *,
        ns: str,
        inherit: bool | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[NamespaceStandard]:
        """Get a namespace standard

        Returns the namespace's standard (MCP `memory_namespace_get_standard` output).

        ``GET /api/v1/namespaces/{ns}/standard``

        Args:
            ns: The namespace; hierarchical namespaces must percent-encode `/` as `%2F`.
            inherit: Also return the standards inherited from parent namespaces.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _namespaces_get_namespace_standard.OPERATION,
            path={
                "ns": ns,
            },
            query={
                "inherit": inherit,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def set_namespace_standard(
        self,
        *,
        ns: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        standard: OpenObject | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        id: str | NotGiven = NOT_GIVEN,
        parent: str | NotGiven = NOT_GIVEN,
        governance: GovernancePolicy | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Set a namespace standard (path form)

        Sets the standard of the namespace in the path.

        ``POST /api/v1/namespaces/{ns}/standard``

        Args:
            ns: The namespace; hierarchical namespaces must percent-encode `/` as `%2F`.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            namespace: Target namespace (query-string form).
            standard: A JSON object whose shape is not fixed by this document (MCP tool params or
                output, or a shape not determined from the server source).
            id: Id of the memory that holds the standard.
            parent: Parent namespace for inheritance.
            governance: A namespace governance policy (core policy; other optional sub-policies are
                flattened in and kept as extra keys).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _namespaces_set_namespace_standard.OPERATION,
            path={
                "ns": ns,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "namespace": namespace,
                "standard": standard,
                "id": id,
                "parent": parent,
                "governance": governance,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def clear_namespace_standard(
        self,
        *,
        ns: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Clear a namespace standard (path form)

        Clears the standard of the namespace in the path.

        ``DELETE /api/v1/namespaces/{ns}/standard``

        Args:
            ns: The namespace; hierarchical namespaces must percent-encode `/` as `%2F`.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _namespaces_clear_namespace_standard.OPERATION,
            path={
                "ns": ns,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def taxonomy(
        self,
        *,
        prefix: str | NotGiven = NOT_GIVEN,
        root: str | NotGiven = NOT_GIVEN,
        depth: int | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[TaxonomyResponse]:
        """Namespace taxonomy tree

        Returns the namespace hierarchy as a tree with memory counts. Admin only.

        ``GET /api/v1/taxonomy``

        Args:
            prefix: Root namespace of the returned subtree (alias `root`).
            root: Alias of `prefix`.
            depth: Maximum tree depth.
            limit: Maximum number of namespaces scanned.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _namespaces_taxonomy.OPERATION,
            path={},
            query={
                "prefix": prefix,
                "root": root,
                "depth": depth,
                "limit": limit,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def memory_smart_load(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Smart context load (MCP `memory_smart_load`)

        Loads the most relevant memories for the current context. MCP-parity route: the body is the
        MCP `memory_smart_load` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_smart_load``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _parity_memory_smart_load.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def memory_reflect(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Write a reflection (MCP `memory_reflect`)

        Writes a reflection memory over source memories. MCP-parity route: the body is the MCP
        `memory_reflect` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_reflect``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _parity_memory_reflect.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def memory_recall_observations(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Recall observations (MCP `memory_recall_observations`)

        Recalls observation-kind memories. MCP-parity route: the body is the MCP
        `memory_recall_observations` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_recall_observations``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _parity_memory_recall_observations.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def memory_reflection_origin(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Origin of a reflection (MCP `memory_reflection_origin`)

        Returns the source memories a reflection was derived from. MCP-parity route: the body is the
        MCP `memory_reflection_origin` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_reflection_origin``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _parity_memory_reflection_origin.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def memory_dependents_of_invalidated(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Dependents of invalidated memories (MCP `memory_dependents_of_invalidated`)

        Lists memories that depend on invalidated links or memories. MCP-parity route: the body is
        the MCP `memory_dependents_of_invalidated` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_dependents_of_invalidated``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _parity_memory_dependents_of_invalidated.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def memory_export_reflection(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Export a reflection (MCP `memory_export_reflection`)

        Exports a reflection with its provenance. MCP-parity route: the body is the MCP
        `memory_export_reflection` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_export_reflection``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _parity_memory_export_reflection.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def memory_atomise(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Atomise a memory (MCP `memory_atomise`)

        Splits a memory into atomic claim memories. MCP-parity route: the body is the MCP
        `memory_atomise` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_atomise``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _parity_memory_atomise.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def memory_calibrate_confidence(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Calibrate confidence (MCP `memory_calibrate_confidence`)

        Recomputes the confidence of memories from their signals. MCP-parity route: the body is the
        MCP `memory_calibrate_confidence` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_calibrate_confidence``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _parity_memory_calibrate_confidence.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def memory_verify(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Verify a memory (MCP `memory_verify`)

        Verifies a memory's signature and attestation. MCP-parity route: the body is the MCP
        `memory_verify` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_verify``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _parity_memory_verify.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def memory_replay(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Replay events (MCP `memory_replay`)

        Replays recorded events. MCP-parity route: the body is the MCP `memory_replay` tool's params
        object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_replay``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _parity_memory_replay.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def memory_subscription_replay(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Replay webhook deliveries (MCP `memory_subscription_replay`)

        Replays dead-lettered webhook deliveries of a subscription. MCP-parity route: the body is
        the MCP `memory_subscription_replay` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_subscription_replay``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _parity_memory_subscription_replay.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def memory_subscription_dlq_list(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """List dead-lettered deliveries (MCP `memory_subscription_dlq_list`)

        Lists the webhook dead-letter queue of a subscription. MCP-parity route: the body is the MCP
        `memory_subscription_dlq_list` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_subscription_dlq_list``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _parity_memory_subscription_dlq_list.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def memory_rule_list(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """List rules (MCP `memory_rule_list`)

        Lists the governance rules that apply. MCP-parity route: the body is the MCP
        `memory_rule_list` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_rule_list``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _parity_memory_rule_list.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def memory_check_agent_action(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Check an agent action (MCP `memory_check_agent_action`)

        Checks whether an agent action is allowed by the rules. MCP-parity route: the body is the
        MCP `memory_check_agent_action` tool's params object and the
        200 body is the tool's JSON output; a tool error gives 400 `{"error": "<message>"}`.

        ``POST /api/v1/memory_check_agent_action``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _parity_memory_check_agent_action.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={},
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def search(
        self,
        q: str | NotGiven = NOT_GIVEN,
        *,
        namespace: str | NotGiven = NOT_GIVEN,
        tier: Tier | Literal["short", "mid", "long"] | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        min_priority: int | NotGiven = NOT_GIVEN,
        since: str | NotGiven = NOT_GIVEN,
        until: str | NotGiven = NOT_GIVEN,
        tags: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        as_agent: str | NotGiven = NOT_GIVEN,
        source_uri: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SearchResponse]:
        """Full-text search

        FTS search with AND semantics over title and content. `q` may be omitted only when
        `source_uri` is given (then the response carries `source_uri` instead of `query`).
        Visibility: private memories are returned only to their owner namespace (`as_agent`,
        defaulting to the caller). The result key is `results`, not `memories`.

        ``GET /api/v1/search``

        Args:
            q: Search text (FTS, AND semantics). Required unless `source_uri` is given.
            namespace: Only memories in exactly this namespace.
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
            as_agent: Evaluate visibility as this agent (validated as a namespace). For recall it must
                equal the caller (403 otherwise).
            source_uri: Return memories whose `source_uri` equals this value.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _recall_search.OPERATION,
            path={},
            query={
                "q": q,
                "namespace": namespace,
                "tier": tier,
                "limit": limit,
                "min_priority": min_priority,
                "since": since,
                "until": until,
                "tags": tags,
                "agent_id": agent_id,
                "as_agent": as_agent,
                "source_uri": source_uri,
            },
            headers={},
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def recall_get(
        self,
        *,
        context: str | NotGiven = NOT_GIVEN,
        query: str | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        tags: str | Sequence[str] | NotGiven = NOT_GIVEN,
        since: str | NotGiven = NOT_GIVEN,
        until: str | NotGiven = NOT_GIVEN,
        as_agent: str | NotGiven = NOT_GIVEN,
        budget_tokens: int | NotGiven = NOT_GIVEN,
        session_default: bool | NotGiven = NOT_GIVEN,
        has_citations: bool | NotGiven = NOT_GIVEN,
        source_uri_prefix: str | NotGiven = NOT_GIVEN,
        kinds: str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        confidence_tier: ConfidenceTier | Literal["confirmed", "likely", "ambiguous"] | NotGiven = NOT_GIVEN,
        verbose_provenance: bool | NotGiven = NOT_GIVEN,
        format: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        accept_provenance: RecallGetAcceptProvenance | Literal["verbose"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[RecallResponse]:
        """Recall memories (query string)

        Same as `POST /api/v1/recall` with the fields in the query string (`kinds` as a
        comma-separated string). Recall is write-coupled: it bumps `access_count`, extends the TTL
        of short and mid memories and may auto-promote mid to long.

        ``GET /api/v1/recall``

        Args:
            context: What to recall. One of `context`, `query` or `q` is required.
            query: Alias of `context`.
            q: Alias of `context`.
            namespace: Only memories in exactly this namespace.
            limit: Maximum memories (values of 0 mean 10; values above 50 are capped).
            tags: Comma-separated tag filter.
            since: Only memories created at or after this timestamp (compared lexically with
                `created_at`, so use the same RFC 3339 form).
            until: Only memories created at or before this timestamp (compared lexically with
                `created_at`).
            as_agent: Evaluate visibility as this agent (validated as a namespace). For recall it must
                equal the caller (403 otherwise).
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
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            accept_provenance: `verbose` switches the returned memories to the MCP-decorated shape with
                provenance details.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _recall_recall_get.OPERATION,
            path={},
            query={
                "context": context,
                "query": query,
                "q": q,
                "namespace": namespace,
                "limit": limit,
                "tags": tags,
                "since": since,
                "until": until,
                "as_agent": as_agent,
                "budget_tokens": budget_tokens,
                "session_default": session_default,
                "has_citations": has_citations,
                "source_uri_prefix": source_uri_prefix,
                "kinds": kinds,
                "session_id": session_id,
                "include_archived": include_archived,
                "confidence_tier": confidence_tier,
                "verbose_provenance": verbose_provenance,
                "format": format,
            },
            headers={
                "X-Agent-Id": agent_id,
                "Accept-Provenance": accept_provenance,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def recall(
        self,
        context: str | NotGiven = NOT_GIVEN,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        accept_provenance: RecallAcceptProvenance | Literal["verbose"] | NotGiven = NOT_GIVEN,
        query: str | NotGiven = NOT_GIVEN,
        q: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        tags: str | Sequence[str] | NotGiven = NOT_GIVEN,
        since: str | NotGiven = NOT_GIVEN,
        until: str | NotGiven = NOT_GIVEN,
        as_agent: str | NotGiven = NOT_GIVEN,
        budget_tokens: int | NotGiven = NOT_GIVEN,
        session_default: bool | NotGiven = NOT_GIVEN,
        has_citations: bool | NotGiven = NOT_GIVEN,
        source_uri_prefix: str | NotGiven = NOT_GIVEN,
        kinds: builtins.list[MemoryKind] | str | NotGiven = NOT_GIVEN,
        session_id: str | NotGiven = NOT_GIVEN,
        include_archived: bool | NotGiven = NOT_GIVEN,
        confidence_tier: ConfidenceTier | Literal["confirmed", "likely", "ambiguous"] | NotGiven = NOT_GIVEN,
        verbose_provenance: bool | NotGiven = NOT_GIVEN,
        format: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[RecallResponse]:
        """Recall memories

        Hybrid (semantic + FTS) recall, or keyword-only when no embedder is loaded. One of
        `context`, `query` or `q` is required (400 `{"error":"context (or query) is required"}`).
        `as_agent`, when given, must equal the caller (403 otherwise). Each memory carries a
        `score` rounded to 3 decimals. Recall is write-coupled: it bumps `access_count`, extends
        the TTL (short +1 h, mid +1 d), auto-promotes mid to long at 5 accesses and raises the
        priority every 10 accesses.

        ``POST /api/v1/recall``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            accept_provenance: `verbose` switches the returned memories to the MCP-decorated shape with
                provenance details.
            context: What to recall.
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
        return await self._client.request(
            _recall_recall.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
                "Accept-Provenance": accept_provenance,
            },
            body={
                "context": context,
                "query": query,
                "q": q,
                "namespace": namespace,
                "limit": limit,
                "tags": tags,
                "since": since,
                "until": until,
                "as_agent": as_agent,
                "budget_tokens": budget_tokens,
                "session_default": session_default,
                "has_citations": has_citations,
                "source_uri_prefix": source_uri_prefix,
                "kinds": kinds,
                "session_id": session_id,
                "include_archived": include_archived,
                "confidence_tier": confidence_tier,
                "verbose_provenance": verbose_provenance,
                "format": format,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def contradictions(
        self,
        *,
        topic: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ContradictionsResponse]:
        """Find contradicting memories

        Heuristic contradiction finder (no LLM). At least one of `topic` and `namespace` is
        required (else 400). Lists up to `limit` (default 50, capped at 1000) non-expired memories
        (in `namespace` when given), then keeps those visible to the caller (admins see all) and,
        with `topic`, those whose title or `metadata.topic` equals it. `links` holds the stored
        `contradicts` links between the candidates, then one synthesized pair for every two
        candidates with different content (same topic, or without `topic` the same title).

        ``GET /api/v1/contradictions``

        Args:
            topic: Topic to look for contradictions on (matches the title or `metadata.topic`
                exactly).
            namespace: Only memories in exactly this namespace.
            limit: Maximum memories listed before filtering (default 50, capped at 1000).
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _recall_contradictions.OPERATION,
            path={},
            query={
                "topic": topic,
                "namespace": namespace,
                "limit": limit,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def memory_load_family(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        family: str,
        namespace: str | NotGiven = NOT_GIVEN,
        k: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[LoadFamilyResponse]:
        """Load the memories of a family

        Returns up to `k` memories of a tool family (MCP `memory_load_family`).

        ``POST /api/v1/memory_load_family``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            family: Tool family name (e.g. `core`, `graph`).
            namespace: Namespace.
            k: Maximum memories.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _recall_memory_load_family.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "family": family,
                "namespace": namespace,
                "k": k,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def skill_register(
        self,
        *,
        inline_skill: str | NotGiven = NOT_GIVEN,
        folder_path: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillRegisterResponse]:
        """Register a skill

        Registers a skill from a `SKILL.md` (YAML front matter with `namespace`, `name`,
        `description`, then the body): either `inline_skill` (the file's text) or `folder_path` (a
        directory on the daemon host holding `SKILL.md` and optional `resources/`). Re-registering
        the same `(namespace, name)` supersedes the previous version (`superseded_id`). Admin only;
        every tool error (neither field, unreadable folder, bad front matter) is a 400
        `{"error": <message>}`.

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
        return await self._client.request(
            _skills_skill_register.OPERATION,
            path={},
            query={},
            headers={},
            body={
                "inline_skill": inline_skill,
                "folder_path": folder_path,
                "agent_id": agent_id,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def skill_list(
        self,
        *,
        namespace: str | NotGiven = NOT_GIVEN,
        filter: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillListResponse]:
        """List skills

        Lists the current skills (MCP `memory_skill_list`), optionally in one namespace and whose
        name or description contains `filter` (case-sensitive substring). Admin only.

        ``GET /api/v1/skill/list``

        Args:
            namespace: Only memories in exactly this namespace.
            filter: Substring that the skill name or description must contain (case-sensitive).
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _skills_skill_list.OPERATION,
            path={},
            query={
                "namespace": namespace,
                "filter": filter,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def skill_get(
        self,
        *,
        id: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillDetail]:
        """Get a skill

        Returns one skill with its body and the list of its resources (MCP `memory_skill_get`).
        Admin only; 404 `skill not found: <id>`.

        ``GET /api/v1/skill/{id}``

        Args:
            id: Skill id.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _skills_skill_get.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def skill_resource(
        self,
        *,
        id: str,
        path: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillResourceContent]:
        """Read a skill resource

        Returns one resource file of a skill (MCP `memory_skill_resource`): UTF-8 text as is,
        other bytes base64-encoded (`encoding`). The stored SHA-256 digest is re-checked. Admin
        only; 404 when the skill has no such resource; 400 for a reference-only resource or a
        digest mismatch.

        ``GET /api/v1/skill/{id}/resource``

        Args:
            id: Skill id.
            path: Resource path inside the skill (as listed by `skill_get`). Missing gives a
                text/plain 400.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _skills_skill_resource.OPERATION,
            path={
                "id": id,
            },
            query={
                "path": path,
            },
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def skill_export(
        self,
        *,
        id: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        target_folder: str,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillExportResponse]:
        """Export a skill to a folder

        Writes a skill as `SKILL.md` plus its inline resources into a folder on the daemon host
        (MCP `memory_skill_export`). Admin only; 404 `skill not found: <id>`; any other tool error
        (write failure, governance refusal of a path) is a 400.

        ``POST /api/v1/skill/{id}/export``

        Args:
            id: Skill id.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            target_folder: Folder on the daemon host.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _skills_skill_export.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "target_folder": target_folder,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def skill_promote(
        self,
        *,
        id: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        name: str,
        description: str,
        parameters_schema: Any | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillPromoteResponse]:
        """Promote a reflection into a new skill

        Turns the **reflection memory** `{id}` into a new skill named `name` (MCP
        `memory_skill_promote_from_reflection`): the skill body is built from the reflection and
        the memories it `reflects_on` (attached as `references/source_<n>.md`). `{id}` is a memory
        id, not a skill id. The memory must have `memory_kind` `reflection` and a
        `reflection_depth` of at least the namespace's `skill_promotion_min_depth` (default 1);
        `name` must be a valid skill name and `description` at most 1024 characters. Admin only;
        404 when the reflection does not exist (any message containing `not found`), 400 for
        every other tool error.

        ``POST /api/v1/skill/{id}/promote``

        Args:
            id: Id of the reflection memory to promote.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            name: New skill's name (skill-name rules of `SKILL.md`).
            description: New skill's description (at most 1024 characters).
            parameters_schema: Optional JSON Schema of the skill's parameters, stored with it.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _skills_skill_promote.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "name": name,
                "description": description,
                "parameters_schema": parameters_schema,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def skill_compose(
        self,
        *,
        id: str,
        agent_id: str | NotGiven = NOT_GIVEN,
        budget_tokens: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SkillComposeResponse]:
        """Compositional context of a skill

        Returns the skill body with the reflections of the namespaces its metadata `composes`
        (MCP `memory_skill_compositional_context`), best-scored first (recency + access count),
        within `budget_tokens` (default 4000, clamped to 32000; cl100k tokens of each content).
        The body is optional. Admin only; 404 `skill not found: <id>`.

        ``POST /api/v1/skill/{id}/compose``

        Args:
            id: Skill id.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            budget_tokens: Token budget.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _skills_skill_compose.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "budget_tokens": budget_tokens,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def subscriptions(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SubscriptionsResponse]:
        """List webhook subscriptions

        Lists the caller's own subscriptions (`agent_id`, if given, must equal the caller). `events`
        is a comma-separated string.

        ``GET /api/v1/subscriptions``

        Args:
            agent_id: Must equal the caller (403 otherwise).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _subscriptions_subscriptions.OPERATION,
            path={},
            query={
                "agent_id": agent_id,
            },
            headers={},
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def subscribe(
        self,
        request: SubscribeRequest | Mapping[str, Any] | None = None,
        *,
        url: str | NotGiven = NOT_GIVEN,
        events: str | Sequence[str] | NotGiven = NOT_GIVEN,
        secret: str | NotGiven = NOT_GIVEN,
        namespace_filter: str | NotGiven = NOT_GIVEN,
        agent_filter: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SubscriptionCreated]:
        """Create a webhook subscription

        Subscribes a URL to events. `url` must be http(s); plain http and loopback addresses are
        refused unless `allow_loopback_webhooks` is enabled, and private or link-local addresses
        are refused. A `secret` is required unless the daemon has a server-wide
        `[hooks.subscription] hmac_secret`. The secret is never echoed. Without `url`, a synthetic
        URL is built from `namespace` (which fails the loopback check by default). The caller is
        auto-registered as an `ai:generic` agent if new.

        ``POST /api/v1/subscriptions``

        Args:
            request: the whole request body, as a model or a dict; keyword arguments override its fields.
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
        return await self._client.request(
            _subscriptions_subscribe.OPERATION,
            path={},
            query={},
            headers={},
            body=merge_body(
                request,
                {
                    "url": url,
                    "events": events,
                    "secret": secret,
                    "namespace_filter": namespace_filter,
                    "agent_filter": agent_filter,
                    "namespace": namespace,
                    "agent_id": agent_id,
                },
            ),
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def unsubscribe(
        self,
        id: str | NotGiven = NOT_GIVEN,
        *,
        namespace: str | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[UnsubscribeResponse]:
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
        return await self._client.request(
            _subscriptions_unsubscribe.OPERATION,
            path={},
            query={
                "id": id,
                "namespace": namespace,
                "agent_id": agent_id,
            },
            headers={},
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def health(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Health]:
        """Health check

        Reports daemon health. Exempt from API-key authentication. Returns 200 when the database
        check passes and 503 (same body, `status: error`) when it fails.

        ``GET /api/v1/health``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _system_health.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def metrics_root(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[str]:
        """Prometheus metrics (root path)

        Prometheus text exposition; same handler as `GET /api/v1/metrics`. Requires the API key when
        one is configured.

        ``GET /metrics``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _system_metrics_root.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def metrics(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[str]:
        """Prometheus metrics

        Prometheus text exposition (`text/plain; version=0.0.4`). The `ai_memory_memories` gauge is
        refreshed on every scrape. Requires the API key when one is configured.

        ``GET /api/v1/metrics``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _system_metrics.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def capabilities(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        accept_capabilities: CapabilitiesVersion | Literal["v1", "v2", "v3"] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[Capabilities]:
        """Daemon capabilities

        The MCP capabilities document (version chosen with `Accept-Capabilities`, default v3) plus
        `storage_backend` and `db_schema_version`. Unlike the MCP path, the HTTP response has **no
        `families` block**.

        ``GET /api/v1/capabilities``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            accept_capabilities: Capabilities document version; missing or unknown means v3.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _system_capabilities.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
                "Accept-Capabilities": accept_capabilities,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def session_start(
        self,
        *,
        namespace: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[SessionStartResponse]:
        """Start a session

        Runs the MCP `memory_session_start` tool (a context bundle of recent and relevant memories)
        and adds a fresh `session_id` (UUID). A body `agent_id` must equal the `X-Agent-Id` header.

        ``POST /api/v1/session/start``

        Args:
            namespace: Namespace to load.
            limit: Maximum memories.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _system_session_start.OPERATION,
            path={},
            query={},
            headers={},
            body={
                "namespace": namespace,
                "limit": limit,
                "agent_id": agent_id,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def capture_turn(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        host_session_id: str,
        host_turn_index: int,
        role: str,
        content: str,
        host_kind: str | NotGiven = NOT_GIVEN,
        host_version: str | NotGiven = NOT_GIVEN,
        tool_calls: Sequence[ToolCallSummary | Mapping[str, Any]] | NotGiven = NOT_GIVEN,
        timestamp_iso: datetime.datetime | str | NotGiven = NOT_GIVEN,
        host_signature_b64: str | NotGiven = NOT_GIVEN,
        host_pubkey_b64: str | NotGiven = NOT_GIVEN,
        namespace: str | NotGiven = NOT_GIVEN,
        metadata: CaptureTurnRequestMetadata | Mapping[str, Any] | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[CaptureTurnResponse]:
        """Capture a conversation turn

        Stores one conversation turn from a host (layer L4). Idempotent on
        `(host_session_id, host_turn_index)`: a re-delivery answers 200 with `dedup_hit: true`, a
        new
        turn 201. Every body rejection is a 400 JSON `{"error","fields"}` on this route.

        ``POST /api/v1/capture_turn``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            host_session_id: Host session id; with `host_turn_index` the dedup key.
            host_turn_index: Turn counter within the session, from 0.
            role: `user`, `assistant`, `tool_use`, `tool_result`, `system` or `other`.
            content: Verbatim turn text.
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
        return await self._client.request(
            _system_capture_turn.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body={
                "host_session_id": host_session_id,
                "host_turn_index": host_turn_index,
                "role": role,
                "content": content,
                "host_kind": host_kind,
                "host_version": host_version,
                "tool_calls": tool_calls,
                "timestamp_iso": timestamp_iso,
                "host_signature_b64": host_signature_b64,
                "host_pubkey_b64": host_pubkey_b64,
                "namespace": namespace,
                "metadata": metadata,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def tools_list(
        self,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[ToolsListResponse]:
        """MCP tool definitions

        The MCP `tools/list` result for the daemon's configured profile (`{"tools":[...]}`, each an
        MCP tool definition with `name`, `description` and `inputSchema`).

        ``GET /api/v1/tools/list``

        Args:
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _system_tools_list.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=None,
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def grant(
        self,
        id: str,
        agent_id: str,
        *,
        permission: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Grant an agent access to a memory (not served)

        Per-memory ACL grant advertised by the published SDK. **No released daemon serves this
        route** (not in v0.6.4, v0.7.0 or later route tables): a request gets 404 with an empty
        body (401 when an API key is configured and missing). Kept for SDK compatibility; the
        body shape is the SDK's and is undocumented by any server. Use scopes
        (`metadata.scope`) or `POST /api/v1/share` instead.

        ``POST /api/v1/memories/{id}/grant`` — no released server serves this route.

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            permission: Permission to grant.
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _unserved_grant.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={},
            body={
                "agent_id": agent_id,
                "permission": permission,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def revoke(
        self,
        id: str,
        agent_id: str,
        *,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Revoke an agent's access to a memory (not served)

        Per-memory ACL revoke advertised by the published SDK. **No released daemon serves this
        route**: a request gets 404 with an empty body (401 when an API key is configured and
        missing). Kept for SDK compatibility; the body shape is the SDK's.

        ``POST /api/v1/memories/{id}/revoke`` — no released server serves this route.

        Args:
            id: Memory id, or a unique prefix of one (an ambiguous prefix gives 400). At most
                128 bytes of `[A-Za-z0-9_:.@-]`.
            agent_id: An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`,
                not a reserved id).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _unserved_revoke.OPERATION,
            path={
                "id": id,
            },
            query={},
            headers={},
            body={
                "agent_id": agent_id,
            },
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )

    async def cluster(
        self,
        request: OpenObject | Mapping[str, Any] | None = None,
        *,
        agent_id: str | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        timeout: float | httpx.Timeout | None | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> APIResponse[OpenObject]:
        """Cluster peer management (not served)

        Peer management advertised by the published SDK. **No released daemon serves this
        route**: a request gets 404 with an empty body (401 when an API key is configured and
        missing). Federation is configured with `serve --quorum-peers` and runs over
        `/api/v1/sync/*`.

        ``POST /api/v1/cluster`` — no released server serves this route.

        Args:
            request: the whole request body, as a model or a dict; keyword arguments override its fields.
            agent_id: The caller's agent identity. The header is authoritative: a body `agent_id`, a
                query
                `agent_id` or `as_agent` must equal it (403 otherwise). Without the header the
                daemon
                assigns a fresh anonymous id `anonymous:req-<8 hex>` **per request**, so private
                memories
                written without it cannot be read back by later header-less requests. 1 to 128
                bytes of
                `[A-Za-z0-9_\\-:@./]`; must not contain `..` or start with `/`; the reserved ids
                `daemon`,
                `system`, `federation-catchup`, `subscription-dispatch`, `ai:http-internal`,
                `ai:migrate`,
                `export-internal` and `governance-internal` are rejected (400 `invalid agent_id:
                ...`).
            extra_headers, extra_query, extra_body, timeout, max_retries: per-call options.
        """
        return await self._client.request(
            _unserved_cluster.OPERATION,
            path={},
            query={},
            headers={
                "X-Agent-Id": agent_id,
            },
            body=merge_body(request, {}),
            options={
                "extra_headers": extra_headers,
                "extra_query": extra_query,
                "extra_body": extra_body,
                "timeout": timeout,
                "max_retries": max_retries,
            },
            raw=True,
        )
