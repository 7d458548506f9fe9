"""All data models of the API, imported lazily on first access."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Union

if TYPE_CHECKING:
    from typing import TypeAlias

    from .agent_action_decision import AgentActionDecision
    from .agent_action_decision_decision import AgentActionDecisionDecision
    from .agent_action_kind import AgentActionKind
    from .agent_action_rule import AgentActionRule
    from .agent_action_rule_severity import AgentActionRuleSeverity
    from .agent_registration import AgentRegistration
    from .agents_response import AgentsResponse
    from .approval import Approval
    from .approval_decision_request import ApprovalDecisionRequest
    from .approval_decision_request_decision import ApprovalDecisionRequestDecision
    from .approve_result import ApproveResult
    from .approver_type_type_1 import ApproverTypeType1
    from .approver_type_type_2 import ApproverTypeType2
    from .archive_list_response import ArchiveListResponse
    from .archive_request import ArchiveRequest
    from .archive_response import ArchiveResponse
    from .archive_stats_response import ArchiveStatsResponse
    from .archived_memory import ArchivedMemory
    from .attest_level import AttestLevel
    from .auto_tag_request import AutoTagRequest
    from .auto_tag_response import AutoTagResponse
    from .bulk_create_response import BulkCreateResponse
    from .calibration_report import CalibrationReport
    from .capabilities import Capabilities
    from .capabilities_version import CapabilitiesVersion
    from .capture_turn_request import CaptureTurnRequest
    from .capture_turn_request_metadata import CaptureTurnRequestMetadata
    from .capture_turn_response import CaptureTurnResponse
    from .check_duplicate_request import CheckDuplicateRequest
    from .check_duplicate_response import CheckDuplicateResponse
    from .citation import Citation
    from .confidence_baseline import ConfidenceBaseline
    from .confidence_signals import ConfidenceSignals
    from .confidence_source import ConfidenceSource
    from .confidence_tier import ConfidenceTier
    from .conflict_error import ConflictError
    from .consensus_pending_result import ConsensusPendingResult
    from .consolidate_request import ConsolidateRequest
    from .consolidate_response import ConsolidateResponse
    from .consolidated_memory_summary import ConsolidatedMemorySummary
    from .contradiction_link import ContradictionLink
    from .contradictions_response import ContradictionsResponse
    from .create_memory import CreateMemory
    from .create_memory_metadata import CreateMemoryMetadata
    from .create_memory_response import CreateMemoryResponse
    from .dead_letter import DeadLetter
    from .decision_result import DecisionResult
    from .delete_memory_response import DeleteMemoryResponse
    from .duplicate_candidate import DuplicateCandidate
    from .entity_by_alias_response import EntityByAliasResponse
    from .entity_response import EntityResponse
    from .error import Error
    from .expand_query_request import ExpandQueryRequest
    from .expand_query_response import ExpandQueryResponse
    from .export_response import ExportResponse
    from .find_paths_request import FindPathsRequest
    from .find_paths_response import FindPathsResponse
    from .forget_request import ForgetRequest
    from .forget_response import ForgetResponse
    from .gc_response import GcResponse
    from .get_memory_response import GetMemoryResponse
    from .governance_level import GovernanceLevel
    from .governance_pending import GovernancePending
    from .governance_pending_action import GovernancePendingAction
    from .governance_policy import GovernancePolicy
    from .grant_request import GrantRequest
    from .health import Health
    from .health_status import HealthStatus
    from .import_memory import ImportMemory
    from .import_memory_metadata import ImportMemoryMetadata
    from .import_request import ImportRequest
    from .import_response import ImportResponse
    from .inbox_message import InboxMessage
    from .inbox_response import InboxResponse
    from .kg_invalidate_not_found import KgInvalidateNotFound
    from .kg_invalidate_request import KgInvalidateRequest
    from .kg_invalidate_response import KgInvalidateResponse
    from .kg_query_node import KgQueryNode
    from .kg_query_request import KgQueryRequest
    from .kg_query_response import KgQueryResponse
    from .kg_timeline_event import KgTimelineEvent
    from .kg_timeline_response import KgTimelineResponse
    from .lineage_direction import LineageDirection
    from .lineage_node import LineageNode
    from .lineage_response import LineageResponse
    from .link_created import LinkCreated
    from .link_relation import LinkRelation
    from .link_request import LinkRequest
    from .links_response import LinksResponse
    from .list_memories_response import ListMemoriesResponse
    from .load_family_request import LoadFamilyRequest
    from .load_family_response import LoadFamilyResponse
    from .mcp_tool_definition import McpToolDefinition
    from .memory import Memory
    from .memory_atomise_request import MemoryAtomiseRequest
    from .memory_atomise_tier_locked import MemoryAtomiseTierLocked
    from .memory_atomise_tier_locked_current_tier import (
        MemoryAtomiseTierLockedCurrentTier,
    )
    from .memory_calibrate_confidence_request import MemoryCalibrateConfidenceRequest
    from .memory_calibrate_confidence_response import MemoryCalibrateConfidenceResponse
    from .memory_check_agent_action_request import MemoryCheckAgentActionRequest
    from .memory_check_agent_action_response import MemoryCheckAgentActionResponse
    from .memory_dependents_response import MemoryDependentsResponse
    from .memory_export_reflection_request import MemoryExportReflectionRequest
    from .memory_export_reflection_request_format import (
        MemoryExportReflectionRequestFormat,
    )
    from .memory_export_reflection_response import MemoryExportReflectionResponse
    from .memory_id_request import MemoryIdRequest
    from .memory_kind import MemoryKind
    from .memory_link import MemoryLink
    from .memory_metadata import MemoryMetadata
    from .memory_recall_observations_request import MemoryRecallObservationsRequest
    from .memory_recall_observations_response import MemoryRecallObservationsResponse
    from .memory_reflect_pending import MemoryReflectPending
    from .memory_reflect_request import MemoryReflectRequest
    from .memory_reflect_request_metadata import MemoryReflectRequestMetadata
    from .memory_reflect_result import MemoryReflectResult
    from .memory_reflection_origin_response import MemoryReflectionOriginResponse
    from .memory_replay_ask import MemoryReplayAsk
    from .memory_replay_request import MemoryReplayRequest
    from .memory_replay_result import MemoryReplayResult
    from .memory_rule_list_request import MemoryRuleListRequest
    from .memory_rule_list_response import MemoryRuleListResponse
    from .memory_smart_load_request import MemorySmartLoadRequest
    from .memory_smart_load_response import MemorySmartLoadResponse
    from .memory_smart_load_response_chosen_family_source import (
        MemorySmartLoadResponseChosenFamilySource,
    )
    from .memory_subscription_dlq_list_request import MemorySubscriptionDlqListRequest
    from .memory_subscription_dlq_list_response import MemorySubscriptionDlqListResponse
    from .memory_subscription_replay_request import MemorySubscriptionReplayRequest
    from .memory_subscription_replay_response import MemorySubscriptionReplayResponse
    from .memory_verify_request import MemoryVerifyRequest
    from .memory_verify_response import MemoryVerifyResponse
    from .memory_with_links import MemoryWithLinks
    from .namespace_count import NamespaceCount
    from .namespace_list import NamespaceList
    from .namespace_standard import NamespaceStandard
    from .namespace_standard_cleared_result import NamespaceStandardClearedResult
    from .namespace_standard_set_result import NamespaceStandardSetResult
    from .notify_request import NotifyRequest
    from .notify_response import NotifyResponse
    from .on_conflict import OnConflict
    from .open_object import OpenObject
    from .pending_action import PendingAction
    from .pending_list_response import PendingListResponse
    from .pending_list_response_owner_scope import PendingListResponseOwnerScope
    from .promote_response import PromoteResponse
    from .purge_archive_response import PurgeArchiveResponse
    from .purge_archive_response_owner_scope import PurgeArchiveResponseOwnerScope
    from .quorum_not_met import QuorumNotMet
    from .quorum_not_met_reason import QuorumNotMetReason
    from .quota_exceeded import QuotaExceeded
    from .quota_exceeded_limit import QuotaExceededLimit
    from .quota_status import QuotaStatus
    from .quota_status_list import QuotaStatusList
    from .quota_status_request import QuotaStatusRequest
    from .recall_accept_provenance import RecallAcceptProvenance
    from .recall_budget_meta import RecallBudgetMeta
    from .recall_get_accept_provenance import RecallGetAcceptProvenance
    from .recall_memory import RecallMemory
    from .recall_mode import RecallMode
    from .recall_observation import RecallObservation
    from .recall_request import RecallRequest
    from .recall_response import RecallResponse
    from .reflection_dependent import ReflectionDependent
    from .register_agent_request import RegisterAgentRequest
    from .register_agent_response import RegisterAgentResponse
    from .register_entity_request import RegisterEntityRequest
    from .register_entity_request_metadata import RegisterEntityRequestMetadata
    from .reject_result import RejectResult
    from .remember_mode import RememberMode
    from .replay_transcript import ReplayTranscript
    from .restore_archive_response import RestoreArchiveResponse
    from .revoke_request import RevokeRequest
    from .scope import Scope
    from .search_response import SearchResponse
    from .session_start_request import SessionStartRequest
    from .session_start_response import SessionStartResponse
    from .set_namespace_standard_request import SetNamespaceStandardRequest
    from .share_request import ShareRequest
    from .share_response import ShareResponse
    from .skill_compose_request import SkillComposeRequest
    from .skill_compose_response import SkillComposeResponse
    from .skill_detail import SkillDetail
    from .skill_export_request import SkillExportRequest
    from .skill_export_response import SkillExportResponse
    from .skill_list_response import SkillListResponse
    from .skill_promote_request import SkillPromoteRequest
    from .skill_promote_response import SkillPromoteResponse
    from .skill_register_request import SkillRegisterRequest
    from .skill_register_response import SkillRegisterResponse
    from .skill_resource_content import SkillResourceContent
    from .skill_resource_content_encoding import SkillResourceContentEncoding
    from .skill_resource_ref import SkillResourceRef
    from .skill_summary import SkillSummary
    from .skill_summary_metadata import SkillSummaryMetadata
    from .source import Source
    from .source_span import SourceSpan
    from .stats import Stats
    from .subscribe_request import SubscribeRequest
    from .subscription import Subscription
    from .subscription_created import SubscriptionCreated
    from .subscription_delivery import SubscriptionDelivery
    from .subscriptions_response import SubscriptionsResponse
    from .sync_push_request import SyncPushRequest
    from .sync_push_response import SyncPushResponse
    from .sync_since_response import SyncSinceResponse
    from .sync_since_response_scope_status import SyncSinceResponseScopeStatus
    from .taxonomy_node import TaxonomyNode
    from .taxonomy_response import TaxonomyResponse
    from .tier import Tier
    from .tier_count import TierCount
    from .tool_call_summary import ToolCallSummary
    from .tool_family import ToolFamily
    from .tools_list_response import ToolsListResponse
    from .unlink_response import UnlinkResponse
    from .unsubscribe_response import UnsubscribeResponse
    from .update_memory import UpdateMemory
    from .update_memory_metadata import UpdateMemoryMetadata
    from .vector_clock import VectorClock
    from .vector_clock_entries import VectorClockEntries
    from .verify_link_request import VerifyLinkRequest
    from .version_conflict import VersionConflict
    from .webhook_ack import WebhookAck
    from .webhook_approval_requested_event import WebhookApprovalRequestedEvent
    from .webhook_memory_consolidated_event import WebhookMemoryConsolidatedEvent
    from .webhook_memory_delete_event import WebhookMemoryDeleteEvent
    from .webhook_memory_link_created_event import WebhookMemoryLinkCreatedEvent
    from .webhook_memory_link_invalidated_event import WebhookMemoryLinkInvalidatedEvent
    from .webhook_memory_promote_event import WebhookMemoryPromoteEvent
    from .webhook_memory_store_event import WebhookMemoryStoreEvent

    WebhookEvent: TypeAlias = (
        WebhookMemoryStoreEvent
        | WebhookMemoryPromoteEvent
        | WebhookMemoryDeleteEvent
        | WebhookMemoryLinkCreatedEvent
        | WebhookMemoryLinkInvalidatedEvent
        | WebhookMemoryConsolidatedEvent
        | WebhookApprovalRequestedEvent
    )
    """Every event the API's webhooks deliver."""

_WEBHOOK_EVENTS = (
    "WebhookMemoryStoreEvent",
    "WebhookMemoryPromoteEvent",
    "WebhookMemoryDeleteEvent",
    "WebhookMemoryLinkCreatedEvent",
    "WebhookMemoryLinkInvalidatedEvent",
    "WebhookMemoryConsolidatedEvent",
    "WebhookApprovalRequestedEvent",
)

_MODULES = {
    "AgentActionDecision": ".agent_action_decision",
    "AgentActionDecisionDecision": ".agent_action_decision_decision",
    "AgentActionKind": ".agent_action_kind",
    "AgentActionRule": ".agent_action_rule",
    "AgentActionRuleSeverity": ".agent_action_rule_severity",
    "AgentRegistration": ".agent_registration",
    "AgentsResponse": ".agents_response",
    "Approval": ".approval",
    "ApprovalDecisionRequest": ".approval_decision_request",
    "ApprovalDecisionRequestDecision": ".approval_decision_request_decision",
    "ApproveResult": ".approve_result",
    "ApproverTypeType1": ".approver_type_type_1",
    "ApproverTypeType2": ".approver_type_type_2",
    "ArchiveListResponse": ".archive_list_response",
    "ArchiveRequest": ".archive_request",
    "ArchiveResponse": ".archive_response",
    "ArchiveStatsResponse": ".archive_stats_response",
    "ArchivedMemory": ".archived_memory",
    "AttestLevel": ".attest_level",
    "AutoTagRequest": ".auto_tag_request",
    "AutoTagResponse": ".auto_tag_response",
    "BulkCreateResponse": ".bulk_create_response",
    "CalibrationReport": ".calibration_report",
    "Capabilities": ".capabilities",
    "CapabilitiesVersion": ".capabilities_version",
    "CaptureTurnRequest": ".capture_turn_request",
    "CaptureTurnRequestMetadata": ".capture_turn_request_metadata",
    "CaptureTurnResponse": ".capture_turn_response",
    "CheckDuplicateRequest": ".check_duplicate_request",
    "CheckDuplicateResponse": ".check_duplicate_response",
    "Citation": ".citation",
    "ConfidenceBaseline": ".confidence_baseline",
    "ConfidenceSignals": ".confidence_signals",
    "ConfidenceSource": ".confidence_source",
    "ConfidenceTier": ".confidence_tier",
    "ConflictError": ".conflict_error",
    "ConsensusPendingResult": ".consensus_pending_result",
    "ConsolidateRequest": ".consolidate_request",
    "ConsolidateResponse": ".consolidate_response",
    "ConsolidatedMemorySummary": ".consolidated_memory_summary",
    "ContradictionLink": ".contradiction_link",
    "ContradictionsResponse": ".contradictions_response",
    "CreateMemory": ".create_memory",
    "CreateMemoryMetadata": ".create_memory_metadata",
    "CreateMemoryResponse": ".create_memory_response",
    "DeadLetter": ".dead_letter",
    "DecisionResult": ".decision_result",
    "DeleteMemoryResponse": ".delete_memory_response",
    "DuplicateCandidate": ".duplicate_candidate",
    "EntityByAliasResponse": ".entity_by_alias_response",
    "EntityResponse": ".entity_response",
    "Error": ".error",
    "ExpandQueryRequest": ".expand_query_request",
    "ExpandQueryResponse": ".expand_query_response",
    "ExportResponse": ".export_response",
    "FindPathsRequest": ".find_paths_request",
    "FindPathsResponse": ".find_paths_response",
    "ForgetRequest": ".forget_request",
    "ForgetResponse": ".forget_response",
    "GcResponse": ".gc_response",
    "GetMemoryResponse": ".get_memory_response",
    "GovernanceLevel": ".governance_level",
    "GovernancePending": ".governance_pending",
    "GovernancePendingAction": ".governance_pending_action",
    "GovernancePolicy": ".governance_policy",
    "GrantRequest": ".grant_request",
    "Health": ".health",
    "HealthStatus": ".health_status",
    "ImportMemory": ".import_memory",
    "ImportMemoryMetadata": ".import_memory_metadata",
    "ImportRequest": ".import_request",
    "ImportResponse": ".import_response",
    "InboxMessage": ".inbox_message",
    "InboxResponse": ".inbox_response",
    "KgInvalidateNotFound": ".kg_invalidate_not_found",
    "KgInvalidateRequest": ".kg_invalidate_request",
    "KgInvalidateResponse": ".kg_invalidate_response",
    "KgQueryNode": ".kg_query_node",
    "KgQueryRequest": ".kg_query_request",
    "KgQueryResponse": ".kg_query_response",
    "KgTimelineEvent": ".kg_timeline_event",
    "KgTimelineResponse": ".kg_timeline_response",
    "LineageDirection": ".lineage_direction",
    "LineageNode": ".lineage_node",
    "LineageResponse": ".lineage_response",
    "LinkCreated": ".link_created",
    "LinkRelation": ".link_relation",
    "LinkRequest": ".link_request",
    "LinksResponse": ".links_response",
    "ListMemoriesResponse": ".list_memories_response",
    "LoadFamilyRequest": ".load_family_request",
    "LoadFamilyResponse": ".load_family_response",
    "McpToolDefinition": ".mcp_tool_definition",
    "Memory": ".memory",
    "MemoryAtomiseRequest": ".memory_atomise_request",
    "MemoryAtomiseTierLocked": ".memory_atomise_tier_locked",
    "MemoryAtomiseTierLockedCurrentTier": ".memory_atomise_tier_locked_current_tier",
    "MemoryCalibrateConfidenceRequest": ".memory_calibrate_confidence_request",
    "MemoryCalibrateConfidenceResponse": ".memory_calibrate_confidence_response",
    "MemoryCheckAgentActionRequest": ".memory_check_agent_action_request",
    "MemoryCheckAgentActionResponse": ".memory_check_agent_action_response",
    "MemoryDependentsResponse": ".memory_dependents_response",
    "MemoryExportReflectionRequest": ".memory_export_reflection_request",
    "MemoryExportReflectionRequestFormat": ".memory_export_reflection_request_format",
    "MemoryExportReflectionResponse": ".memory_export_reflection_response",
    "MemoryIdRequest": ".memory_id_request",
    "MemoryKind": ".memory_kind",
    "MemoryLink": ".memory_link",
    "MemoryMetadata": ".memory_metadata",
    "MemoryRecallObservationsRequest": ".memory_recall_observations_request",
    "MemoryRecallObservationsResponse": ".memory_recall_observations_response",
    "MemoryReflectPending": ".memory_reflect_pending",
    "MemoryReflectRequest": ".memory_reflect_request",
    "MemoryReflectRequestMetadata": ".memory_reflect_request_metadata",
    "MemoryReflectResult": ".memory_reflect_result",
    "MemoryReflectionOriginResponse": ".memory_reflection_origin_response",
    "MemoryReplayAsk": ".memory_replay_ask",
    "MemoryReplayRequest": ".memory_replay_request",
    "MemoryReplayResult": ".memory_replay_result",
    "MemoryRuleListRequest": ".memory_rule_list_request",
    "MemoryRuleListResponse": ".memory_rule_list_response",
    "MemorySmartLoadRequest": ".memory_smart_load_request",
    "MemorySmartLoadResponse": ".memory_smart_load_response",
    "MemorySmartLoadResponseChosenFamilySource": ".memory_smart_load_response_chosen_family_source",
    "MemorySubscriptionDlqListRequest": ".memory_subscription_dlq_list_request",
    "MemorySubscriptionDlqListResponse": ".memory_subscription_dlq_list_response",
    "MemorySubscriptionReplayRequest": ".memory_subscription_replay_request",
    "MemorySubscriptionReplayResponse": ".memory_subscription_replay_response",
    "MemoryVerifyRequest": ".memory_verify_request",
    "MemoryVerifyResponse": ".memory_verify_response",
    "MemoryWithLinks": ".memory_with_links",
    "NamespaceCount": ".namespace_count",
    "NamespaceList": ".namespace_list",
    "NamespaceStandard": ".namespace_standard",
    "NamespaceStandardClearedResult": ".namespace_standard_cleared_result",
    "NamespaceStandardSetResult": ".namespace_standard_set_result",
    "NotifyRequest": ".notify_request",
    "NotifyResponse": ".notify_response",
    "OnConflict": ".on_conflict",
    "OpenObject": ".open_object",
    "PendingAction": ".pending_action",
    "PendingListResponse": ".pending_list_response",
    "PendingListResponseOwnerScope": ".pending_list_response_owner_scope",
    "PromoteResponse": ".promote_response",
    "PurgeArchiveResponse": ".purge_archive_response",
    "PurgeArchiveResponseOwnerScope": ".purge_archive_response_owner_scope",
    "QuorumNotMet": ".quorum_not_met",
    "QuorumNotMetReason": ".quorum_not_met_reason",
    "QuotaExceeded": ".quota_exceeded",
    "QuotaExceededLimit": ".quota_exceeded_limit",
    "QuotaStatus": ".quota_status",
    "QuotaStatusList": ".quota_status_list",
    "QuotaStatusRequest": ".quota_status_request",
    "RecallAcceptProvenance": ".recall_accept_provenance",
    "RecallBudgetMeta": ".recall_budget_meta",
    "RecallGetAcceptProvenance": ".recall_get_accept_provenance",
    "RecallMemory": ".recall_memory",
    "RecallMode": ".recall_mode",
    "RecallObservation": ".recall_observation",
    "RecallRequest": ".recall_request",
    "RecallResponse": ".recall_response",
    "ReflectionDependent": ".reflection_dependent",
    "RegisterAgentRequest": ".register_agent_request",
    "RegisterAgentResponse": ".register_agent_response",
    "RegisterEntityRequest": ".register_entity_request",
    "RegisterEntityRequestMetadata": ".register_entity_request_metadata",
    "RejectResult": ".reject_result",
    "RememberMode": ".remember_mode",
    "ReplayTranscript": ".replay_transcript",
    "RestoreArchiveResponse": ".restore_archive_response",
    "RevokeRequest": ".revoke_request",
    "Scope": ".scope",
    "SearchResponse": ".search_response",
    "SessionStartRequest": ".session_start_request",
    "SessionStartResponse": ".session_start_response",
    "SetNamespaceStandardRequest": ".set_namespace_standard_request",
    "ShareRequest": ".share_request",
    "ShareResponse": ".share_response",
    "SkillComposeRequest": ".skill_compose_request",
    "SkillComposeResponse": ".skill_compose_response",
    "SkillDetail": ".skill_detail",
    "SkillExportRequest": ".skill_export_request",
    "SkillExportResponse": ".skill_export_response",
    "SkillListResponse": ".skill_list_response",
    "SkillPromoteRequest": ".skill_promote_request",
    "SkillPromoteResponse": ".skill_promote_response",
    "SkillRegisterRequest": ".skill_register_request",
    "SkillRegisterResponse": ".skill_register_response",
    "SkillResourceContent": ".skill_resource_content",
    "SkillResourceContentEncoding": ".skill_resource_content_encoding",
    "SkillResourceRef": ".skill_resource_ref",
    "SkillSummary": ".skill_summary",
    "SkillSummaryMetadata": ".skill_summary_metadata",
    "Source": ".source",
    "SourceSpan": ".source_span",
    "Stats": ".stats",
    "SubscribeRequest": ".subscribe_request",
    "Subscription": ".subscription",
    "SubscriptionCreated": ".subscription_created",
    "SubscriptionDelivery": ".subscription_delivery",
    "SubscriptionsResponse": ".subscriptions_response",
    "SyncPushRequest": ".sync_push_request",
    "SyncPushResponse": ".sync_push_response",
    "SyncSinceResponse": ".sync_since_response",
    "SyncSinceResponseScopeStatus": ".sync_since_response_scope_status",
    "TaxonomyNode": ".taxonomy_node",
    "TaxonomyResponse": ".taxonomy_response",
    "Tier": ".tier",
    "TierCount": ".tier_count",
    "ToolCallSummary": ".tool_call_summary",
    "ToolFamily": ".tool_family",
    "ToolsListResponse": ".tools_list_response",
    "UnlinkResponse": ".unlink_response",
    "UnsubscribeResponse": ".unsubscribe_response",
    "UpdateMemory": ".update_memory",
    "UpdateMemoryMetadata": ".update_memory_metadata",
    "VectorClock": ".vector_clock",
    "VectorClockEntries": ".vector_clock_entries",
    "VerifyLinkRequest": ".verify_link_request",
    "VersionConflict": ".version_conflict",
    "WebhookAck": ".webhook_ack",
    "WebhookApprovalRequestedEvent": ".webhook_approval_requested_event",
    "WebhookMemoryConsolidatedEvent": ".webhook_memory_consolidated_event",
    "WebhookMemoryDeleteEvent": ".webhook_memory_delete_event",
    "WebhookMemoryLinkCreatedEvent": ".webhook_memory_link_created_event",
    "WebhookMemoryLinkInvalidatedEvent": ".webhook_memory_link_invalidated_event",
    "WebhookMemoryPromoteEvent": ".webhook_memory_promote_event",
    "WebhookMemoryStoreEvent": ".webhook_memory_store_event",
}

__all__ = [
    "AgentActionDecision",
    "AgentActionDecisionDecision",
    "AgentActionKind",
    "AgentActionRule",
    "AgentActionRuleSeverity",
    "AgentRegistration",
    "AgentsResponse",
    "Approval",
    "ApprovalDecisionRequest",
    "ApprovalDecisionRequestDecision",
    "ApproveResult",
    "ApproverTypeType1",
    "ApproverTypeType2",
    "ArchivedMemory",
    "ArchiveListResponse",
    "ArchiveRequest",
    "ArchiveResponse",
    "ArchiveStatsResponse",
    "AttestLevel",
    "AutoTagRequest",
    "AutoTagResponse",
    "BulkCreateResponse",
    "CalibrationReport",
    "Capabilities",
    "CapabilitiesVersion",
    "CaptureTurnRequest",
    "CaptureTurnRequestMetadata",
    "CaptureTurnResponse",
    "CheckDuplicateRequest",
    "CheckDuplicateResponse",
    "Citation",
    "ConfidenceBaseline",
    "ConfidenceSignals",
    "ConfidenceSource",
    "ConfidenceTier",
    "ConflictError",
    "ConsensusPendingResult",
    "ConsolidatedMemorySummary",
    "ConsolidateRequest",
    "ConsolidateResponse",
    "ContradictionLink",
    "ContradictionsResponse",
    "CreateMemory",
    "CreateMemoryMetadata",
    "CreateMemoryResponse",
    "DeadLetter",
    "DecisionResult",
    "DeleteMemoryResponse",
    "DuplicateCandidate",
    "EntityByAliasResponse",
    "EntityResponse",
    "Error",
    "ExpandQueryRequest",
    "ExpandQueryResponse",
    "ExportResponse",
    "FindPathsRequest",
    "FindPathsResponse",
    "ForgetRequest",
    "ForgetResponse",
    "GcResponse",
    "GetMemoryResponse",
    "GovernanceLevel",
    "GovernancePending",
    "GovernancePendingAction",
    "GovernancePolicy",
    "GrantRequest",
    "Health",
    "HealthStatus",
    "ImportMemory",
    "ImportMemoryMetadata",
    "ImportRequest",
    "ImportResponse",
    "InboxMessage",
    "InboxResponse",
    "KgInvalidateNotFound",
    "KgInvalidateRequest",
    "KgInvalidateResponse",
    "KgQueryNode",
    "KgQueryRequest",
    "KgQueryResponse",
    "KgTimelineEvent",
    "KgTimelineResponse",
    "LineageDirection",
    "LineageNode",
    "LineageResponse",
    "LinkCreated",
    "LinkRelation",
    "LinkRequest",
    "LinksResponse",
    "ListMemoriesResponse",
    "LoadFamilyRequest",
    "LoadFamilyResponse",
    "McpToolDefinition",
    "Memory",
    "MemoryAtomiseRequest",
    "MemoryAtomiseTierLocked",
    "MemoryAtomiseTierLockedCurrentTier",
    "MemoryCalibrateConfidenceRequest",
    "MemoryCalibrateConfidenceResponse",
    "MemoryCheckAgentActionRequest",
    "MemoryCheckAgentActionResponse",
    "MemoryDependentsResponse",
    "MemoryExportReflectionRequest",
    "MemoryExportReflectionRequestFormat",
    "MemoryExportReflectionResponse",
    "MemoryIdRequest",
    "MemoryKind",
    "MemoryLink",
    "MemoryMetadata",
    "MemoryRecallObservationsRequest",
    "MemoryRecallObservationsResponse",
    "MemoryReflectionOriginResponse",
    "MemoryReflectPending",
    "MemoryReflectRequest",
    "MemoryReflectRequestMetadata",
    "MemoryReflectResult",
    "MemoryReplayAsk",
    "MemoryReplayRequest",
    "MemoryReplayResult",
    "MemoryRuleListRequest",
    "MemoryRuleListResponse",
    "MemorySmartLoadRequest",
    "MemorySmartLoadResponse",
    "MemorySmartLoadResponseChosenFamilySource",
    "MemorySubscriptionDlqListRequest",
    "MemorySubscriptionDlqListResponse",
    "MemorySubscriptionReplayRequest",
    "MemorySubscriptionReplayResponse",
    "MemoryVerifyRequest",
    "MemoryVerifyResponse",
    "MemoryWithLinks",
    "NamespaceCount",
    "NamespaceList",
    "NamespaceStandard",
    "NamespaceStandardClearedResult",
    "NamespaceStandardSetResult",
    "NotifyRequest",
    "NotifyResponse",
    "OnConflict",
    "OpenObject",
    "PendingAction",
    "PendingListResponse",
    "PendingListResponseOwnerScope",
    "PromoteResponse",
    "PurgeArchiveResponse",
    "PurgeArchiveResponseOwnerScope",
    "QuorumNotMet",
    "QuorumNotMetReason",
    "QuotaExceeded",
    "QuotaExceededLimit",
    "QuotaStatus",
    "QuotaStatusList",
    "QuotaStatusRequest",
    "RecallAcceptProvenance",
    "RecallBudgetMeta",
    "RecallGetAcceptProvenance",
    "RecallMemory",
    "RecallMode",
    "RecallObservation",
    "RecallRequest",
    "RecallResponse",
    "ReflectionDependent",
    "RegisterAgentRequest",
    "RegisterAgentResponse",
    "RegisterEntityRequest",
    "RegisterEntityRequestMetadata",
    "RejectResult",
    "RememberMode",
    "ReplayTranscript",
    "RestoreArchiveResponse",
    "RevokeRequest",
    "Scope",
    "SearchResponse",
    "SessionStartRequest",
    "SessionStartResponse",
    "SetNamespaceStandardRequest",
    "ShareRequest",
    "ShareResponse",
    "SkillComposeRequest",
    "SkillComposeResponse",
    "SkillDetail",
    "SkillExportRequest",
    "SkillExportResponse",
    "SkillListResponse",
    "SkillPromoteRequest",
    "SkillPromoteResponse",
    "SkillRegisterRequest",
    "SkillRegisterResponse",
    "SkillResourceContent",
    "SkillResourceContentEncoding",
    "SkillResourceRef",
    "SkillSummary",
    "SkillSummaryMetadata",
    "Source",
    "SourceSpan",
    "Stats",
    "SubscribeRequest",
    "Subscription",
    "SubscriptionCreated",
    "SubscriptionDelivery",
    "SubscriptionsResponse",
    "SyncPushRequest",
    "SyncPushResponse",
    "SyncSinceResponse",
    "SyncSinceResponseScopeStatus",
    "TaxonomyNode",
    "TaxonomyResponse",
    "Tier",
    "TierCount",
    "ToolCallSummary",
    "ToolFamily",
    "ToolsListResponse",
    "UnlinkResponse",
    "UnsubscribeResponse",
    "UpdateMemory",
    "UpdateMemoryMetadata",
    "VectorClock",
    "VectorClockEntries",
    "VerifyLinkRequest",
    "VersionConflict",
    "WebhookAck",
    "WebhookApprovalRequestedEvent",
    "WebhookEvent",
    "WebhookMemoryConsolidatedEvent",
    "WebhookMemoryDeleteEvent",
    "WebhookMemoryLinkCreatedEvent",
    "WebhookMemoryLinkInvalidatedEvent",
    "WebhookMemoryPromoteEvent",
    "WebhookMemoryStoreEvent",
]


def __getattr__(name: str) -> Any:
    if name == "WebhookEvent":
        value: Any = Union[tuple(__getattr__(event) for event in _WEBHOOK_EVENTS)]
        globals()[name] = value
        return value
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
