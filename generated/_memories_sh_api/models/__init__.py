"""All data models of the API, imported lazily on first access."""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from typing import TypeAlias

    from .api_error import ApiError
    from .api_error_type import ApiErrorType
    from .bulk_forget_filters import BulkForgetFilters
    from .bulk_forget_preview_item import BulkForgetPreviewItem
    from .canary_rollout_blocked_details import CanaryRolloutBlockedDetails
    from .conflict_pair import ConflictPair
    from .conflict_pair_edge_type import ConflictPairEdgeType
    from .consolidation_run import ConsolidationRun
    from .consolidation_run_metadata_type_0 import ConsolidationRunMetadataType0
    from .context_get_data import ContextGetData
    from .context_get_envelope import ContextGetEnvelope
    from .context_get_request import ContextGetRequest
    from .context_mode import ContextMode
    from .context_strategy import ContextStrategy
    from .context_trace import ContextTrace
    from .context_trace_retrieval_policy_selection import (
        ContextTraceRetrievalPolicySelection,
    )
    from .embedding_backfill_action_data import EmbeddingBackfillActionData
    from .embedding_backfill_action_data_action import EmbeddingBackfillActionDataAction
    from .embedding_backfill_action_envelope import EmbeddingBackfillActionEnvelope
    from .embedding_backfill_batch import EmbeddingBackfillBatch
    from .embedding_backfill_request import EmbeddingBackfillRequest
    from .embedding_backfill_request_action import EmbeddingBackfillRequestAction
    from .embedding_backfill_state import EmbeddingBackfillState
    from .embedding_backfill_status import EmbeddingBackfillStatus
    from .embedding_backfill_status_envelope import EmbeddingBackfillStatusEnvelope
    from .embedding_model import EmbeddingModel
    from .embedding_model_config import EmbeddingModelConfig
    from .embedding_model_pricing import EmbeddingModelPricing
    from .embedding_model_source import EmbeddingModelSource
    from .embedding_models_data import EmbeddingModelsData
    from .embedding_models_envelope import EmbeddingModelsEnvelope
    from .embedding_observability_data import EmbeddingObservabilityData
    from .embedding_observability_data_backfill import (
        EmbeddingObservabilityDataBackfill,
    )
    from .embedding_observability_data_cost import EmbeddingObservabilityDataCost
    from .embedding_observability_data_queue import EmbeddingObservabilityDataQueue
    from .embedding_observability_data_retrieval import (
        EmbeddingObservabilityDataRetrieval,
    )
    from .embedding_observability_data_slos import EmbeddingObservabilityDataSlos
    from .embedding_observability_data_worker import EmbeddingObservabilityDataWorker
    from .embedding_observability_envelope import EmbeddingObservabilityEnvelope
    from .embedding_usage_aggregate import EmbeddingUsageAggregate
    from .embedding_usage_data import EmbeddingUsageData
    from .embedding_usage_envelope import EmbeddingUsageEnvelope
    from .embedding_usage_summary import EmbeddingUsageSummary
    from .error_envelope import ErrorEnvelope
    from .eval_window import EvalWindow
    from .graph_alarm import GraphAlarm
    from .graph_alarm_severity import GraphAlarmSeverity
    from .graph_counts import GraphCounts
    from .graph_depth import GraphDepth
    from .graph_explainability import GraphExplainability
    from .graph_explainability_why_included import GraphExplainabilityWhyIncluded
    from .graph_flags import GraphFlags
    from .graph_recall_item import GraphRecallItem
    from .graph_recall_item_source import GraphRecallItemSource
    from .graph_recent_error import GraphRecentError
    from .graph_retrieval_policy import GraphRetrievalPolicy
    from .graph_rollout_config import GraphRolloutConfig
    from .graph_rollout_data import GraphRolloutData
    from .graph_rollout_envelope import GraphRolloutEnvelope
    from .graph_rollout_metrics_summary import GraphRolloutMetricsSummary
    from .graph_rollout_plan import GraphRolloutPlan
    from .graph_rollout_plan_autopilot import GraphRolloutPlanAutopilot
    from .graph_rollout_plan_baseline_item import GraphRolloutPlanBaselineItem
    from .graph_rollout_plan_baseline_item_comparator import (
        GraphRolloutPlanBaselineItemComparator,
    )
    from .graph_rollout_plan_default_behavior_decision import (
        GraphRolloutPlanDefaultBehaviorDecision,
    )
    from .graph_rollout_plan_slo import GraphRolloutPlanSlo
    from .graph_rollout_plan_stages_item import GraphRolloutPlanStagesItem
    from .graph_rollout_plan_stages_item_stage import GraphRolloutPlanStagesItemStage
    from .graph_rollout_quality_summary import GraphRolloutQualitySummary
    from .graph_rollout_update_request import GraphRolloutUpdateRequest
    from .graph_status_data import GraphStatusData
    from .graph_status_data_health import GraphStatusDataHealth
    from .graph_status_envelope import GraphStatusEnvelope
    from .graph_status_request import GraphStatusRequest
    from .graph_tables import GraphTables
    from .graph_top_node import GraphTopNode
    from .graph_trace_data import GraphTraceData
    from .graph_trace_envelope import GraphTraceEnvelope
    from .graph_trace_request import GraphTraceRequest
    from .graph_trace_strategy import GraphTraceStrategy
    from .graph_trace_tiers import GraphTraceTiers
    from .health_data import HealthData
    from .health_envelope import HealthEnvelope
    from .json_rpc_error import JsonRpcError
    from .json_rpc_error_response import JsonRpcErrorResponse
    from .json_rpc_request import JsonRpcRequest
    from .json_rpc_request_params import JsonRpcRequestParams
    from .json_rpc_response import JsonRpcResponse
    from .json_rpc_response_result import JsonRpcResponseResult
    from .legacy_error_details import LegacyErrorDetails
    from .management_key_create_request import ManagementKeyCreateRequest
    from .management_key_created import ManagementKeyCreated
    from .management_key_created_envelope import ManagementKeyCreatedEnvelope
    from .management_key_revoked import ManagementKeyRevoked
    from .management_key_revoked_envelope import ManagementKeyRevokedEnvelope
    from .management_key_status import ManagementKeyStatus
    from .management_key_status_envelope import ManagementKeyStatusEnvelope
    from .management_key_summary import ManagementKeySummary
    from .management_tenant_disabled import ManagementTenantDisabled
    from .management_tenant_disabled_envelope import ManagementTenantDisabledEnvelope
    from .management_tenant_list import ManagementTenantList
    from .management_tenant_list_envelope import ManagementTenantListEnvelope
    from .management_tenant_upsert_request import ManagementTenantUpsertRequest
    from .management_tenant_upsert_request_metadata import (
        ManagementTenantUpsertRequestMetadata,
    )
    from .management_tenant_upsert_request_mode import ManagementTenantUpsertRequestMode
    from .management_tenant_upserted import ManagementTenantUpserted
    from .management_tenant_upserted_envelope import ManagementTenantUpsertedEnvelope
    from .management_tenant_upserted_mode import ManagementTenantUpsertedMode
    from .mcp_add_memory_arguments import McpAddMemoryArguments
    from .mcp_add_memory_arguments_metadata import McpAddMemoryArgumentsMetadata
    from .mcp_auth_error_body import McpAuthErrorBody
    from .mcp_bulk_forget_memories_arguments import McpBulkForgetMemoriesArguments
    from .mcp_edit_memory_arguments import McpEditMemoryArguments
    from .mcp_edit_memory_arguments_metadata import McpEditMemoryArgumentsMetadata
    from .mcp_error_meta import McpErrorMeta
    from .mcp_forget_memory_arguments import McpForgetMemoryArguments
    from .mcp_get_context_arguments import McpGetContextArguments
    from .mcp_get_context_arguments_retrieval_strategy import (
        McpGetContextArgumentsRetrievalStrategy,
    )
    from .mcp_get_rules_arguments import McpGetRulesArguments
    from .mcp_initialize_result import McpInitializeResult
    from .mcp_initialize_result_capabilities import McpInitializeResultCapabilities
    from .mcp_list_memories_arguments import McpListMemoriesArguments
    from .mcp_rate_limited_body import McpRateLimitedBody
    from .mcp_search_memories_arguments import McpSearchMemoriesArguments
    from .mcp_server_info import McpServerInfo
    from .mcp_server_status import McpServerStatus
    from .mcp_structured_content import McpStructuredContent
    from .mcp_structured_content_data_type_0 import McpStructuredContentDataType0
    from .mcp_text_content import McpTextContent
    from .mcp_tool_definition import McpToolDefinition
    from .mcp_tool_definition_input_schema import McpToolDefinitionInputSchema
    from .mcp_tool_meta import McpToolMeta
    from .mcp_tool_name import McpToolName
    from .mcp_tools_call_params import McpToolsCallParams
    from .mcp_tools_call_params_arguments import McpToolsCallParamsArguments
    from .mcp_tools_call_result import McpToolsCallResult
    from .mcp_tools_list_result import McpToolsListResult
    from .mcp_vacuum_memories_arguments import McpVacuumMemoriesArguments
    from .memories_add_data import MemoriesAddData
    from .memories_add_envelope import MemoriesAddEnvelope
    from .memories_add_request import MemoriesAddRequest
    from .memories_add_request_metadata import MemoriesAddRequestMetadata
    from .memories_bulk_forget_data import MemoriesBulkForgetData
    from .memories_bulk_forget_envelope import MemoriesBulkForgetEnvelope
    from .memories_bulk_forget_request import MemoriesBulkForgetRequest
    from .memories_consolidate_data import MemoriesConsolidateData
    from .memories_consolidate_envelope import MemoriesConsolidateEnvelope
    from .memories_consolidate_request import MemoriesConsolidateRequest
    from .memories_edit_data import MemoriesEditData
    from .memories_edit_envelope import MemoriesEditEnvelope
    from .memories_edit_request import MemoriesEditRequest
    from .memories_edit_request_metadata_type_0 import MemoriesEditRequestMetadataType0
    from .memories_forget_data import MemoriesForgetData
    from .memories_forget_envelope import MemoriesForgetEnvelope
    from .memories_forget_request import MemoriesForgetRequest
    from .memories_list_data import MemoriesListData
    from .memories_list_envelope import MemoriesListEnvelope
    from .memories_list_request import MemoriesListRequest
    from .memories_search_data import MemoriesSearchData
    from .memories_search_envelope import MemoriesSearchEnvelope
    from .memories_search_request import MemoriesSearchRequest
    from .memories_search_trace import MemoriesSearchTrace
    from .memories_vacuum_data import MemoriesVacuumData
    from .memories_vacuum_envelope import MemoriesVacuumEnvelope
    from .memories_vacuum_request import MemoriesVacuumRequest
    from .memory import Memory
    from .memory_eval_compaction_result import MemoryEvalCompactionResult
    from .memory_eval_extraction_result import MemoryEvalExtractionResult
    from .memory_eval_replay_criteria import MemoryEvalReplayCriteria
    from .memory_eval_replay_data import MemoryEvalReplayData
    from .memory_eval_replay_envelope import MemoryEvalReplayEnvelope
    from .memory_eval_replay_request import MemoryEvalReplayRequest
    from .memory_eval_replay_scenario_result import MemoryEvalReplayScenarioResult
    from .memory_eval_replay_status import MemoryEvalReplayStatus
    from .memory_eval_replay_summary import MemoryEvalReplaySummary
    from .memory_eval_trigger_result import MemoryEvalTriggerResult
    from .memory_eval_trigger_result_actual_type_1 import (
        MemoryEvalTriggerResultActualType1,
    )
    from .memory_eval_trigger_result_actual_type_2_type_1 import (
        MemoryEvalTriggerResultActualType2Type1,
    )
    from .memory_eval_trigger_result_actual_type_3_type_1 import (
        MemoryEvalTriggerResultActualType3Type1,
    )
    from .memory_eval_trigger_result_expected_type_1 import (
        MemoryEvalTriggerResultExpectedType1,
    )
    from .memory_eval_trigger_result_expected_type_2_type_1 import (
        MemoryEvalTriggerResultExpectedType2Type1,
    )
    from .memory_eval_trigger_result_expected_type_3_type_1 import (
        MemoryEvalTriggerResultExpectedType3Type1,
    )
    from .memory_layer import MemoryLayer
    from .memory_metadata_type_0 import MemoryMetadataType0
    from .memory_observability_data import MemoryObservabilityData
    from .memory_observability_data_compaction import MemoryObservabilityDataCompaction
    from .memory_observability_data_consolidation import (
        MemoryObservabilityDataConsolidation,
    )
    from .memory_observability_data_contradictions import (
        MemoryObservabilityDataContradictions,
    )
    from .memory_observability_data_lifecycle import MemoryObservabilityDataLifecycle
    from .memory_observability_envelope import MemoryObservabilityEnvelope
    from .memory_type import MemoryType
    from .meta import Meta
    from .observability_alarm import ObservabilityAlarm
    from .observability_alarm_severity import ObservabilityAlarmSeverity
    from .observability_health import ObservabilityHealth
    from .observability_scope import ObservabilityScope
    from .quality_gate_status import QualityGateStatus
    from .quality_reason import QualityReason
    from .quality_reason_metric import QualityReasonMetric
    from .quality_reason_severity import QualityReasonSeverity
    from .rate_limit_details import RateLimitDetails
    from .record_scope import RecordScope
    from .replay_pass_criteria import ReplayPassCriteria
    from .replay_scenario import ReplayScenario
    from .replay_scenario_compaction import ReplayScenarioCompaction
    from .replay_scenario_extraction import ReplayScenarioExtraction
    from .replay_scenario_trigger import ReplayScenarioTrigger
    from .replay_scenario_trigger_signals import ReplayScenarioTriggerSignals
    from .replay_trigger_type_type_1 import ReplayTriggerTypeType1
    from .replay_trigger_type_type_2_type_1 import ReplayTriggerTypeType2Type1
    from .replay_trigger_type_type_3_type_1 import ReplayTriggerTypeType3Type1
    from .resolved_scope import ResolvedScope
    from .retrieval_policy_strategy import RetrievalPolicyStrategy
    from .retrieval_strategy import RetrievalStrategy
    from .rollout_mode import RolloutMode
    from .scope import Scope
    from .semantic_strategy import SemanticStrategy
    from .session import Session
    from .session_event import SessionEvent
    from .session_event_kind import SessionEventKind
    from .session_event_role import SessionEventRole
    from .session_metadata_type_0 import SessionMetadataType0
    from .session_snapshot import SessionSnapshot
    from .session_status import SessionStatus
    from .sessions_checkpoint_data import SessionsCheckpointData
    from .sessions_checkpoint_envelope import SessionsCheckpointEnvelope
    from .sessions_checkpoint_request import SessionsCheckpointRequest
    from .sessions_end_data import SessionsEndData
    from .sessions_end_envelope import SessionsEndEnvelope
    from .sessions_end_request import SessionsEndRequest
    from .sessions_end_request_status import SessionsEndRequestStatus
    from .sessions_snapshot_data import SessionsSnapshotData
    from .sessions_snapshot_envelope import SessionsSnapshotEnvelope
    from .sessions_start_data import SessionsStartData
    from .sessions_start_envelope import SessionsStartEnvelope
    from .sessions_start_request import SessionsStartRequest
    from .sessions_start_request_metadata import SessionsStartRequestMetadata
    from .skill_file import SkillFile
    from .skill_file_not_found_details import SkillFileNotFoundDetails
    from .skill_promotion_source import SkillPromotionSource
    from .skills_delete_file_data import SkillsDeleteFileData
    from .skills_delete_file_envelope import SkillsDeleteFileEnvelope
    from .skills_delete_file_request import SkillsDeleteFileRequest
    from .skills_list_files_data import SkillsListFilesData
    from .skills_list_files_envelope import SkillsListFilesEnvelope
    from .skills_list_files_request import SkillsListFilesRequest
    from .skills_promote_file_data import SkillsPromoteFileData
    from .skills_promote_file_envelope import SkillsPromoteFileEnvelope
    from .skills_promote_file_request import SkillsPromoteFileRequest
    from .skills_upsert_file_data import SkillsUpsertFileData
    from .skills_upsert_file_envelope import SkillsUpsertFileEnvelope
    from .skills_upsert_file_request import SkillsUpsertFileRequest
    from .tenant_billing_summary import TenantBillingSummary
    from .tenant_database_mapping import TenantDatabaseMapping
    from .tenant_database_mapping_metadata import TenantDatabaseMappingMetadata
    from .tenant_database_mapping_source import TenantDatabaseMappingSource
    from .tenant_error_details import TenantErrorDetails
    from .tenant_routing_effective_data import TenantRoutingEffectiveData
    from .tenant_routing_effective_data_decision import (
        TenantRoutingEffectiveDataDecision,
    )
    from .tenant_routing_effective_data_mapping import TenantRoutingEffectiveDataMapping
    from .tenant_routing_effective_data_mapping_metadata import (
        TenantRoutingEffectiveDataMappingMetadata,
    )
    from .tenant_routing_effective_data_owner_scope import (
        TenantRoutingEffectiveDataOwnerScope,
    )
    from .tenant_routing_effective_data_owner_scope_auth_mode import (
        TenantRoutingEffectiveDataOwnerScopeAuthMode,
    )
    from .tenant_routing_effective_data_resolved_target import (
        TenantRoutingEffectiveDataResolvedTarget,
    )
    from .tenant_routing_effective_data_resolved_target_kind import (
        TenantRoutingEffectiveDataResolvedTargetKind,
    )
    from .tenant_routing_effective_envelope import TenantRoutingEffectiveEnvelope
    from .trace_quality_gate_status import TraceQualityGateStatus

_MODULES = {
    "ApiError": ".api_error",
    "ApiErrorType": ".api_error_type",
    "BulkForgetFilters": ".bulk_forget_filters",
    "BulkForgetPreviewItem": ".bulk_forget_preview_item",
    "CanaryRolloutBlockedDetails": ".canary_rollout_blocked_details",
    "ConflictPair": ".conflict_pair",
    "ConflictPairEdgeType": ".conflict_pair_edge_type",
    "ConsolidationRun": ".consolidation_run",
    "ConsolidationRunMetadataType0": ".consolidation_run_metadata_type_0",
    "ContextGetData": ".context_get_data",
    "ContextGetEnvelope": ".context_get_envelope",
    "ContextGetRequest": ".context_get_request",
    "ContextMode": ".context_mode",
    "ContextStrategy": ".context_strategy",
    "ContextTrace": ".context_trace",
    "ContextTraceRetrievalPolicySelection": ".context_trace_retrieval_policy_selection",
    "EmbeddingBackfillActionData": ".embedding_backfill_action_data",
    "EmbeddingBackfillActionDataAction": ".embedding_backfill_action_data_action",
    "EmbeddingBackfillActionEnvelope": ".embedding_backfill_action_envelope",
    "EmbeddingBackfillBatch": ".embedding_backfill_batch",
    "EmbeddingBackfillRequest": ".embedding_backfill_request",
    "EmbeddingBackfillRequestAction": ".embedding_backfill_request_action",
    "EmbeddingBackfillState": ".embedding_backfill_state",
    "EmbeddingBackfillStatus": ".embedding_backfill_status",
    "EmbeddingBackfillStatusEnvelope": ".embedding_backfill_status_envelope",
    "EmbeddingModel": ".embedding_model",
    "EmbeddingModelConfig": ".embedding_model_config",
    "EmbeddingModelPricing": ".embedding_model_pricing",
    "EmbeddingModelSource": ".embedding_model_source",
    "EmbeddingModelsData": ".embedding_models_data",
    "EmbeddingModelsEnvelope": ".embedding_models_envelope",
    "EmbeddingObservabilityData": ".embedding_observability_data",
    "EmbeddingObservabilityDataBackfill": ".embedding_observability_data_backfill",
    "EmbeddingObservabilityDataCost": ".embedding_observability_data_cost",
    "EmbeddingObservabilityDataQueue": ".embedding_observability_data_queue",
    "EmbeddingObservabilityDataRetrieval": ".embedding_observability_data_retrieval",
    "EmbeddingObservabilityDataSlos": ".embedding_observability_data_slos",
    "EmbeddingObservabilityDataWorker": ".embedding_observability_data_worker",
    "EmbeddingObservabilityEnvelope": ".embedding_observability_envelope",
    "EmbeddingUsageAggregate": ".embedding_usage_aggregate",
    "EmbeddingUsageData": ".embedding_usage_data",
    "EmbeddingUsageEnvelope": ".embedding_usage_envelope",
    "EmbeddingUsageSummary": ".embedding_usage_summary",
    "ErrorEnvelope": ".error_envelope",
    "EvalWindow": ".eval_window",
    "GraphAlarm": ".graph_alarm",
    "GraphAlarmSeverity": ".graph_alarm_severity",
    "GraphCounts": ".graph_counts",
    "GraphDepth": ".graph_depth",
    "GraphExplainability": ".graph_explainability",
    "GraphExplainabilityWhyIncluded": ".graph_explainability_why_included",
    "GraphFlags": ".graph_flags",
    "GraphRecallItem": ".graph_recall_item",
    "GraphRecallItemSource": ".graph_recall_item_source",
    "GraphRecentError": ".graph_recent_error",
    "GraphRetrievalPolicy": ".graph_retrieval_policy",
    "GraphRolloutConfig": ".graph_rollout_config",
    "GraphRolloutData": ".graph_rollout_data",
    "GraphRolloutEnvelope": ".graph_rollout_envelope",
    "GraphRolloutMetricsSummary": ".graph_rollout_metrics_summary",
    "GraphRolloutPlan": ".graph_rollout_plan",
    "GraphRolloutPlanAutopilot": ".graph_rollout_plan_autopilot",
    "GraphRolloutPlanBaselineItem": ".graph_rollout_plan_baseline_item",
    "GraphRolloutPlanBaselineItemComparator": ".graph_rollout_plan_baseline_item_comparator",
    "GraphRolloutPlanDefaultBehaviorDecision": ".graph_rollout_plan_default_behavior_decision",
    "GraphRolloutPlanSlo": ".graph_rollout_plan_slo",
    "GraphRolloutPlanStagesItem": ".graph_rollout_plan_stages_item",
    "GraphRolloutPlanStagesItemStage": ".graph_rollout_plan_stages_item_stage",
    "GraphRolloutQualitySummary": ".graph_rollout_quality_summary",
    "GraphRolloutUpdateRequest": ".graph_rollout_update_request",
    "GraphStatusData": ".graph_status_data",
    "GraphStatusDataHealth": ".graph_status_data_health",
    "GraphStatusEnvelope": ".graph_status_envelope",
    "GraphStatusRequest": ".graph_status_request",
    "GraphTables": ".graph_tables",
    "GraphTopNode": ".graph_top_node",
    "GraphTraceData": ".graph_trace_data",
    "GraphTraceEnvelope": ".graph_trace_envelope",
    "GraphTraceRequest": ".graph_trace_request",
    "GraphTraceStrategy": ".graph_trace_strategy",
    "GraphTraceTiers": ".graph_trace_tiers",
    "HealthData": ".health_data",
    "HealthEnvelope": ".health_envelope",
    "JsonRpcError": ".json_rpc_error",
    "JsonRpcErrorResponse": ".json_rpc_error_response",
    "JsonRpcRequest": ".json_rpc_request",
    "JsonRpcRequestParams": ".json_rpc_request_params",
    "JsonRpcResponse": ".json_rpc_response",
    "JsonRpcResponseResult": ".json_rpc_response_result",
    "LegacyErrorDetails": ".legacy_error_details",
    "ManagementKeyCreateRequest": ".management_key_create_request",
    "ManagementKeyCreated": ".management_key_created",
    "ManagementKeyCreatedEnvelope": ".management_key_created_envelope",
    "ManagementKeyRevoked": ".management_key_revoked",
    "ManagementKeyRevokedEnvelope": ".management_key_revoked_envelope",
    "ManagementKeyStatus": ".management_key_status",
    "ManagementKeyStatusEnvelope": ".management_key_status_envelope",
    "ManagementKeySummary": ".management_key_summary",
    "ManagementTenantDisabled": ".management_tenant_disabled",
    "ManagementTenantDisabledEnvelope": ".management_tenant_disabled_envelope",
    "ManagementTenantList": ".management_tenant_list",
    "ManagementTenantListEnvelope": ".management_tenant_list_envelope",
    "ManagementTenantUpsertRequest": ".management_tenant_upsert_request",
    "ManagementTenantUpsertRequestMetadata": ".management_tenant_upsert_request_metadata",
    "ManagementTenantUpsertRequestMode": ".management_tenant_upsert_request_mode",
    "ManagementTenantUpserted": ".management_tenant_upserted",
    "ManagementTenantUpsertedEnvelope": ".management_tenant_upserted_envelope",
    "ManagementTenantUpsertedMode": ".management_tenant_upserted_mode",
    "McpAddMemoryArguments": ".mcp_add_memory_arguments",
    "McpAddMemoryArgumentsMetadata": ".mcp_add_memory_arguments_metadata",
    "McpAuthErrorBody": ".mcp_auth_error_body",
    "McpBulkForgetMemoriesArguments": ".mcp_bulk_forget_memories_arguments",
    "McpEditMemoryArguments": ".mcp_edit_memory_arguments",
    "McpEditMemoryArgumentsMetadata": ".mcp_edit_memory_arguments_metadata",
    "McpErrorMeta": ".mcp_error_meta",
    "McpForgetMemoryArguments": ".mcp_forget_memory_arguments",
    "McpGetContextArguments": ".mcp_get_context_arguments",
    "McpGetContextArgumentsRetrievalStrategy": ".mcp_get_context_arguments_retrieval_strategy",
    "McpGetRulesArguments": ".mcp_get_rules_arguments",
    "McpInitializeResult": ".mcp_initialize_result",
    "McpInitializeResultCapabilities": ".mcp_initialize_result_capabilities",
    "McpListMemoriesArguments": ".mcp_list_memories_arguments",
    "McpRateLimitedBody": ".mcp_rate_limited_body",
    "McpSearchMemoriesArguments": ".mcp_search_memories_arguments",
    "McpServerInfo": ".mcp_server_info",
    "McpServerStatus": ".mcp_server_status",
    "McpStructuredContent": ".mcp_structured_content",
    "McpStructuredContentDataType0": ".mcp_structured_content_data_type_0",
    "McpTextContent": ".mcp_text_content",
    "McpToolDefinition": ".mcp_tool_definition",
    "McpToolDefinitionInputSchema": ".mcp_tool_definition_input_schema",
    "McpToolMeta": ".mcp_tool_meta",
    "McpToolName": ".mcp_tool_name",
    "McpToolsCallParams": ".mcp_tools_call_params",
    "McpToolsCallParamsArguments": ".mcp_tools_call_params_arguments",
    "McpToolsCallResult": ".mcp_tools_call_result",
    "McpToolsListResult": ".mcp_tools_list_result",
    "McpVacuumMemoriesArguments": ".mcp_vacuum_memories_arguments",
    "MemoriesAddData": ".memories_add_data",
    "MemoriesAddEnvelope": ".memories_add_envelope",
    "MemoriesAddRequest": ".memories_add_request",
    "MemoriesAddRequestMetadata": ".memories_add_request_metadata",
    "MemoriesBulkForgetData": ".memories_bulk_forget_data",
    "MemoriesBulkForgetEnvelope": ".memories_bulk_forget_envelope",
    "MemoriesBulkForgetRequest": ".memories_bulk_forget_request",
    "MemoriesConsolidateData": ".memories_consolidate_data",
    "MemoriesConsolidateEnvelope": ".memories_consolidate_envelope",
    "MemoriesConsolidateRequest": ".memories_consolidate_request",
    "MemoriesEditData": ".memories_edit_data",
    "MemoriesEditEnvelope": ".memories_edit_envelope",
    "MemoriesEditRequest": ".memories_edit_request",
    "MemoriesEditRequestMetadataType0": ".memories_edit_request_metadata_type_0",
    "MemoriesForgetData": ".memories_forget_data",
    "MemoriesForgetEnvelope": ".memories_forget_envelope",
    "MemoriesForgetRequest": ".memories_forget_request",
    "MemoriesListData": ".memories_list_data",
    "MemoriesListEnvelope": ".memories_list_envelope",
    "MemoriesListRequest": ".memories_list_request",
    "MemoriesSearchData": ".memories_search_data",
    "MemoriesSearchEnvelope": ".memories_search_envelope",
    "MemoriesSearchRequest": ".memories_search_request",
    "MemoriesSearchTrace": ".memories_search_trace",
    "MemoriesVacuumData": ".memories_vacuum_data",
    "MemoriesVacuumEnvelope": ".memories_vacuum_envelope",
    "MemoriesVacuumRequest": ".memories_vacuum_request",
    "Memory": ".memory",
    "MemoryEvalCompactionResult": ".memory_eval_compaction_result",
    "MemoryEvalExtractionResult": ".memory_eval_extraction_result",
    "MemoryEvalReplayCriteria": ".memory_eval_replay_criteria",
    "MemoryEvalReplayData": ".memory_eval_replay_data",
    "MemoryEvalReplayEnvelope": ".memory_eval_replay_envelope",
    "MemoryEvalReplayRequest": ".memory_eval_replay_request",
    "MemoryEvalReplayScenarioResult": ".memory_eval_replay_scenario_result",
    "MemoryEvalReplayStatus": ".memory_eval_replay_status",
    "MemoryEvalReplaySummary": ".memory_eval_replay_summary",
    "MemoryEvalTriggerResult": ".memory_eval_trigger_result",
    "MemoryEvalTriggerResultActualType1": ".memory_eval_trigger_result_actual_type_1",
    "MemoryEvalTriggerResultActualType2Type1": ".memory_eval_trigger_result_actual_type_2_type_1",
    "MemoryEvalTriggerResultActualType3Type1": ".memory_eval_trigger_result_actual_type_3_type_1",
    "MemoryEvalTriggerResultExpectedType1": ".memory_eval_trigger_result_expected_type_1",
    "MemoryEvalTriggerResultExpectedType2Type1": ".memory_eval_trigger_result_expected_type_2_type_1",
    "MemoryEvalTriggerResultExpectedType3Type1": ".memory_eval_trigger_result_expected_type_3_type_1",
    "MemoryLayer": ".memory_layer",
    "MemoryMetadataType0": ".memory_metadata_type_0",
    "MemoryObservabilityData": ".memory_observability_data",
    "MemoryObservabilityDataCompaction": ".memory_observability_data_compaction",
    "MemoryObservabilityDataConsolidation": ".memory_observability_data_consolidation",
    "MemoryObservabilityDataContradictions": ".memory_observability_data_contradictions",
    "MemoryObservabilityDataLifecycle": ".memory_observability_data_lifecycle",
    "MemoryObservabilityEnvelope": ".memory_observability_envelope",
    "MemoryType": ".memory_type",
    "Meta": ".meta",
    "ObservabilityAlarm": ".observability_alarm",
    "ObservabilityAlarmSeverity": ".observability_alarm_severity",
    "ObservabilityHealth": ".observability_health",
    "ObservabilityScope": ".observability_scope",
    "QualityGateStatus": ".quality_gate_status",
    "QualityReason": ".quality_reason",
    "QualityReasonMetric": ".quality_reason_metric",
    "QualityReasonSeverity": ".quality_reason_severity",
    "RateLimitDetails": ".rate_limit_details",
    "RecordScope": ".record_scope",
    "ReplayPassCriteria": ".replay_pass_criteria",
    "ReplayScenario": ".replay_scenario",
    "ReplayScenarioCompaction": ".replay_scenario_compaction",
    "ReplayScenarioExtraction": ".replay_scenario_extraction",
    "ReplayScenarioTrigger": ".replay_scenario_trigger",
    "ReplayScenarioTriggerSignals": ".replay_scenario_trigger_signals",
    "ReplayTriggerTypeType1": ".replay_trigger_type_type_1",
    "ReplayTriggerTypeType2Type1": ".replay_trigger_type_type_2_type_1",
    "ReplayTriggerTypeType3Type1": ".replay_trigger_type_type_3_type_1",
    "ResolvedScope": ".resolved_scope",
    "RetrievalPolicyStrategy": ".retrieval_policy_strategy",
    "RetrievalStrategy": ".retrieval_strategy",
    "RolloutMode": ".rollout_mode",
    "Scope": ".scope",
    "SemanticStrategy": ".semantic_strategy",
    "Session": ".session",
    "SessionEvent": ".session_event",
    "SessionEventKind": ".session_event_kind",
    "SessionEventRole": ".session_event_role",
    "SessionMetadataType0": ".session_metadata_type_0",
    "SessionSnapshot": ".session_snapshot",
    "SessionStatus": ".session_status",
    "SessionsCheckpointData": ".sessions_checkpoint_data",
    "SessionsCheckpointEnvelope": ".sessions_checkpoint_envelope",
    "SessionsCheckpointRequest": ".sessions_checkpoint_request",
    "SessionsEndData": ".sessions_end_data",
    "SessionsEndEnvelope": ".sessions_end_envelope",
    "SessionsEndRequest": ".sessions_end_request",
    "SessionsEndRequestStatus": ".sessions_end_request_status",
    "SessionsSnapshotData": ".sessions_snapshot_data",
    "SessionsSnapshotEnvelope": ".sessions_snapshot_envelope",
    "SessionsStartData": ".sessions_start_data",
    "SessionsStartEnvelope": ".sessions_start_envelope",
    "SessionsStartRequest": ".sessions_start_request",
    "SessionsStartRequestMetadata": ".sessions_start_request_metadata",
    "SkillFile": ".skill_file",
    "SkillFileNotFoundDetails": ".skill_file_not_found_details",
    "SkillPromotionSource": ".skill_promotion_source",
    "SkillsDeleteFileData": ".skills_delete_file_data",
    "SkillsDeleteFileEnvelope": ".skills_delete_file_envelope",
    "SkillsDeleteFileRequest": ".skills_delete_file_request",
    "SkillsListFilesData": ".skills_list_files_data",
    "SkillsListFilesEnvelope": ".skills_list_files_envelope",
    "SkillsListFilesRequest": ".skills_list_files_request",
    "SkillsPromoteFileData": ".skills_promote_file_data",
    "SkillsPromoteFileEnvelope": ".skills_promote_file_envelope",
    "SkillsPromoteFileRequest": ".skills_promote_file_request",
    "SkillsUpsertFileData": ".skills_upsert_file_data",
    "SkillsUpsertFileEnvelope": ".skills_upsert_file_envelope",
    "SkillsUpsertFileRequest": ".skills_upsert_file_request",
    "TenantBillingSummary": ".tenant_billing_summary",
    "TenantDatabaseMapping": ".tenant_database_mapping",
    "TenantDatabaseMappingMetadata": ".tenant_database_mapping_metadata",
    "TenantDatabaseMappingSource": ".tenant_database_mapping_source",
    "TenantErrorDetails": ".tenant_error_details",
    "TenantRoutingEffectiveData": ".tenant_routing_effective_data",
    "TenantRoutingEffectiveDataDecision": ".tenant_routing_effective_data_decision",
    "TenantRoutingEffectiveDataMapping": ".tenant_routing_effective_data_mapping",
    "TenantRoutingEffectiveDataMappingMetadata": ".tenant_routing_effective_data_mapping_metadata",
    "TenantRoutingEffectiveDataOwnerScope": ".tenant_routing_effective_data_owner_scope",
    "TenantRoutingEffectiveDataOwnerScopeAuthMode": ".tenant_routing_effective_data_owner_scope_auth_mode",
    "TenantRoutingEffectiveDataResolvedTarget": ".tenant_routing_effective_data_resolved_target",
    "TenantRoutingEffectiveDataResolvedTargetKind": ".tenant_routing_effective_data_resolved_target_kind",
    "TenantRoutingEffectiveEnvelope": ".tenant_routing_effective_envelope",
    "TraceQualityGateStatus": ".trace_quality_gate_status",
}

__all__ = [
    "ApiError",
    "ApiErrorType",
    "BulkForgetFilters",
    "BulkForgetPreviewItem",
    "CanaryRolloutBlockedDetails",
    "ConflictPair",
    "ConflictPairEdgeType",
    "ConsolidationRun",
    "ConsolidationRunMetadataType0",
    "ContextGetData",
    "ContextGetEnvelope",
    "ContextGetRequest",
    "ContextMode",
    "ContextStrategy",
    "ContextTrace",
    "ContextTraceRetrievalPolicySelection",
    "EmbeddingBackfillActionData",
    "EmbeddingBackfillActionDataAction",
    "EmbeddingBackfillActionEnvelope",
    "EmbeddingBackfillBatch",
    "EmbeddingBackfillRequest",
    "EmbeddingBackfillRequestAction",
    "EmbeddingBackfillState",
    "EmbeddingBackfillStatus",
    "EmbeddingBackfillStatusEnvelope",
    "EmbeddingModel",
    "EmbeddingModelConfig",
    "EmbeddingModelPricing",
    "EmbeddingModelsData",
    "EmbeddingModelsEnvelope",
    "EmbeddingModelSource",
    "EmbeddingObservabilityData",
    "EmbeddingObservabilityDataBackfill",
    "EmbeddingObservabilityDataCost",
    "EmbeddingObservabilityDataQueue",
    "EmbeddingObservabilityDataRetrieval",
    "EmbeddingObservabilityDataSlos",
    "EmbeddingObservabilityDataWorker",
    "EmbeddingObservabilityEnvelope",
    "EmbeddingUsageAggregate",
    "EmbeddingUsageData",
    "EmbeddingUsageEnvelope",
    "EmbeddingUsageSummary",
    "ErrorEnvelope",
    "EvalWindow",
    "GraphAlarm",
    "GraphAlarmSeverity",
    "GraphCounts",
    "GraphDepth",
    "GraphExplainability",
    "GraphExplainabilityWhyIncluded",
    "GraphFlags",
    "GraphRecallItem",
    "GraphRecallItemSource",
    "GraphRecentError",
    "GraphRetrievalPolicy",
    "GraphRolloutConfig",
    "GraphRolloutData",
    "GraphRolloutEnvelope",
    "GraphRolloutMetricsSummary",
    "GraphRolloutPlan",
    "GraphRolloutPlanAutopilot",
    "GraphRolloutPlanBaselineItem",
    "GraphRolloutPlanBaselineItemComparator",
    "GraphRolloutPlanDefaultBehaviorDecision",
    "GraphRolloutPlanSlo",
    "GraphRolloutPlanStagesItem",
    "GraphRolloutPlanStagesItemStage",
    "GraphRolloutQualitySummary",
    "GraphRolloutUpdateRequest",
    "GraphStatusData",
    "GraphStatusDataHealth",
    "GraphStatusEnvelope",
    "GraphStatusRequest",
    "GraphTables",
    "GraphTopNode",
    "GraphTraceData",
    "GraphTraceEnvelope",
    "GraphTraceRequest",
    "GraphTraceStrategy",
    "GraphTraceTiers",
    "HealthData",
    "HealthEnvelope",
    "JsonRpcError",
    "JsonRpcErrorResponse",
    "JsonRpcRequest",
    "JsonRpcRequestParams",
    "JsonRpcResponse",
    "JsonRpcResponseResult",
    "LegacyErrorDetails",
    "ManagementKeyCreated",
    "ManagementKeyCreatedEnvelope",
    "ManagementKeyCreateRequest",
    "ManagementKeyRevoked",
    "ManagementKeyRevokedEnvelope",
    "ManagementKeyStatus",
    "ManagementKeyStatusEnvelope",
    "ManagementKeySummary",
    "ManagementTenantDisabled",
    "ManagementTenantDisabledEnvelope",
    "ManagementTenantList",
    "ManagementTenantListEnvelope",
    "ManagementTenantUpserted",
    "ManagementTenantUpsertedEnvelope",
    "ManagementTenantUpsertedMode",
    "ManagementTenantUpsertRequest",
    "ManagementTenantUpsertRequestMetadata",
    "ManagementTenantUpsertRequestMode",
    "McpAddMemoryArguments",
    "McpAddMemoryArgumentsMetadata",
    "McpAuthErrorBody",
    "McpBulkForgetMemoriesArguments",
    "McpEditMemoryArguments",
    "McpEditMemoryArgumentsMetadata",
    "McpErrorMeta",
    "McpForgetMemoryArguments",
    "McpGetContextArguments",
    "McpGetContextArgumentsRetrievalStrategy",
    "McpGetRulesArguments",
    "McpInitializeResult",
    "McpInitializeResultCapabilities",
    "McpListMemoriesArguments",
    "McpRateLimitedBody",
    "McpSearchMemoriesArguments",
    "McpServerInfo",
    "McpServerStatus",
    "McpStructuredContent",
    "McpStructuredContentDataType0",
    "McpTextContent",
    "McpToolDefinition",
    "McpToolDefinitionInputSchema",
    "McpToolMeta",
    "McpToolName",
    "McpToolsCallParams",
    "McpToolsCallParamsArguments",
    "McpToolsCallResult",
    "McpToolsListResult",
    "McpVacuumMemoriesArguments",
    "MemoriesAddData",
    "MemoriesAddEnvelope",
    "MemoriesAddRequest",
    "MemoriesAddRequestMetadata",
    "MemoriesBulkForgetData",
    "MemoriesBulkForgetEnvelope",
    "MemoriesBulkForgetRequest",
    "MemoriesConsolidateData",
    "MemoriesConsolidateEnvelope",
    "MemoriesConsolidateRequest",
    "MemoriesEditData",
    "MemoriesEditEnvelope",
    "MemoriesEditRequest",
    "MemoriesEditRequestMetadataType0",
    "MemoriesForgetData",
    "MemoriesForgetEnvelope",
    "MemoriesForgetRequest",
    "MemoriesListData",
    "MemoriesListEnvelope",
    "MemoriesListRequest",
    "MemoriesSearchData",
    "MemoriesSearchEnvelope",
    "MemoriesSearchRequest",
    "MemoriesSearchTrace",
    "MemoriesVacuumData",
    "MemoriesVacuumEnvelope",
    "MemoriesVacuumRequest",
    "Memory",
    "MemoryEvalCompactionResult",
    "MemoryEvalExtractionResult",
    "MemoryEvalReplayCriteria",
    "MemoryEvalReplayData",
    "MemoryEvalReplayEnvelope",
    "MemoryEvalReplayRequest",
    "MemoryEvalReplayScenarioResult",
    "MemoryEvalReplayStatus",
    "MemoryEvalReplaySummary",
    "MemoryEvalTriggerResult",
    "MemoryEvalTriggerResultActualType1",
    "MemoryEvalTriggerResultActualType2Type1",
    "MemoryEvalTriggerResultActualType3Type1",
    "MemoryEvalTriggerResultExpectedType1",
    "MemoryEvalTriggerResultExpectedType2Type1",
    "MemoryEvalTriggerResultExpectedType3Type1",
    "MemoryLayer",
    "MemoryMetadataType0",
    "MemoryObservabilityData",
    "MemoryObservabilityDataCompaction",
    "MemoryObservabilityDataConsolidation",
    "MemoryObservabilityDataContradictions",
    "MemoryObservabilityDataLifecycle",
    "MemoryObservabilityEnvelope",
    "MemoryType",
    "Meta",
    "ObservabilityAlarm",
    "ObservabilityAlarmSeverity",
    "ObservabilityHealth",
    "ObservabilityScope",
    "QualityGateStatus",
    "QualityReason",
    "QualityReasonMetric",
    "QualityReasonSeverity",
    "RateLimitDetails",
    "RecordScope",
    "ReplayPassCriteria",
    "ReplayScenario",
    "ReplayScenarioCompaction",
    "ReplayScenarioExtraction",
    "ReplayScenarioTrigger",
    "ReplayScenarioTriggerSignals",
    "ReplayTriggerTypeType1",
    "ReplayTriggerTypeType2Type1",
    "ReplayTriggerTypeType3Type1",
    "ResolvedScope",
    "RetrievalPolicyStrategy",
    "RetrievalStrategy",
    "RolloutMode",
    "Scope",
    "SemanticStrategy",
    "Session",
    "SessionEvent",
    "SessionEventKind",
    "SessionEventRole",
    "SessionMetadataType0",
    "SessionsCheckpointData",
    "SessionsCheckpointEnvelope",
    "SessionsCheckpointRequest",
    "SessionsEndData",
    "SessionsEndEnvelope",
    "SessionsEndRequest",
    "SessionsEndRequestStatus",
    "SessionSnapshot",
    "SessionsSnapshotData",
    "SessionsSnapshotEnvelope",
    "SessionsStartData",
    "SessionsStartEnvelope",
    "SessionsStartRequest",
    "SessionsStartRequestMetadata",
    "SessionStatus",
    "SkillFile",
    "SkillFileNotFoundDetails",
    "SkillPromotionSource",
    "SkillsDeleteFileData",
    "SkillsDeleteFileEnvelope",
    "SkillsDeleteFileRequest",
    "SkillsListFilesData",
    "SkillsListFilesEnvelope",
    "SkillsListFilesRequest",
    "SkillsPromoteFileData",
    "SkillsPromoteFileEnvelope",
    "SkillsPromoteFileRequest",
    "SkillsUpsertFileData",
    "SkillsUpsertFileEnvelope",
    "SkillsUpsertFileRequest",
    "TenantBillingSummary",
    "TenantDatabaseMapping",
    "TenantDatabaseMappingMetadata",
    "TenantDatabaseMappingSource",
    "TenantErrorDetails",
    "TenantRoutingEffectiveData",
    "TenantRoutingEffectiveDataDecision",
    "TenantRoutingEffectiveDataMapping",
    "TenantRoutingEffectiveDataMappingMetadata",
    "TenantRoutingEffectiveDataOwnerScope",
    "TenantRoutingEffectiveDataOwnerScopeAuthMode",
    "TenantRoutingEffectiveDataResolvedTarget",
    "TenantRoutingEffectiveDataResolvedTargetKind",
    "TenantRoutingEffectiveEnvelope",
    "TraceQualityGateStatus",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(module, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return list(__all__)
