"""Retrieval trace of `context/get` and `graph/trace`."""

from __future__ import annotations

from pydantic import Field

from ..models.context_trace_retrieval_policy_selection import (
    ContextTraceRetrievalPolicySelection,
)
from ..models.graph_depth import GraphDepth
from ..models.retrieval_policy_strategy import RetrievalPolicyStrategy
from ..models.retrieval_strategy import RetrievalStrategy
from ..models.rollout_mode import RolloutMode
from ..models.semantic_strategy import SemanticStrategy
from ..models.trace_quality_gate_status import TraceQualityGateStatus
from ..types import BaseModel


class ContextTrace(BaseModel):
    """Retrieval trace of `context/get` and `graph/trace`."""

    requested_strategy: RetrievalStrategy = Field(alias="requestedStrategy")
    """Graph retrieval strategy (legacy names, still used in traces at [H])."""

    strategy: RetrievalStrategy
    """Graph retrieval strategy (legacy names, still used in traces at [H])."""

    graph_depth: GraphDepth = Field(alias="graphDepth")
    """Graph traversal depth for hybrid retrieval; exactly 0, 1 or 2."""

    graph_limit: int = Field(alias="graphLimit")
    """Graph expansion limit used; 0 unless a graph traversal ran."""

    rollout_mode: RolloutMode = Field(alias="rolloutMode")
    """Graph rollout mode: `off` (baseline only), `shadow` (graph expansion computed for metrics
    but not applied) or `canary` (applied when the quality gate allows)."""

    shadow_executed: bool = Field(alias="shadowExecuted")
    """Whether graph expansion ran in shadow mode (computed, not applied)."""

    quality_gate_status: TraceQualityGateStatus = Field(alias="qualityGateStatus")
    """Quality-gate status as reported in a retrieval trace; `unavailable` when it could not be
    evaluated."""

    quality_gate_blocked: bool = Field(alias="qualityGateBlocked")
    """Whether the quality gate blocked canary application."""

    quality_gate_reason_codes: list[str] = Field(alias="qualityGateReasonCodes")
    """Codes of the quality-gate reasons (see `QualityReason.code`)."""

    baseline_candidates: int = Field(alias="baselineCandidates")
    """Number of baseline candidates."""

    graph_candidates: int = Field(alias="graphCandidates")
    """Number of graph candidates considered."""

    graph_expanded_count: int = Field(alias="graphExpandedCount")
    """Number of memories added by graph expansion."""

    fallback_triggered: bool = Field(alias="fallbackTriggered")
    """True iff `hybrid_graph` was requested and not applied."""

    fallback_reason: None | str = Field(alias="fallbackReason")
    """Why hybrid retrieval fell back, or null: `feature_flag_disabled`, `rollout_off`,
    `quality_gate_blocked`, `shadow_mode`, `graph_expansion_error`, `rollout_guardrail`."""

    total_candidates: int = Field(alias="totalCandidates")
    """Total number of candidates."""

    semantic_strategy_requested: SemanticStrategy | None = Field(
        default=None, alias="semanticStrategyRequested"
    )
    """**[H]** lexical/semantic retrieval strategy."""

    semantic_strategy_applied: SemanticStrategy | None = Field(default=None, alias="semanticStrategyApplied")
    """**[H]** lexical/semantic retrieval strategy."""

    lexical_candidates: int | None = Field(default=None, alias="lexicalCandidates")
    """**[H] only**: number of lexical candidates."""

    semantic_candidates: int | None = Field(default=None, alias="semanticCandidates")
    """**[H] only**: number of semantic (vector) candidates."""

    semantic_fallback_triggered: bool | None = Field(default=None, alias="semanticFallbackTriggered")
    """**[H] only**: whether semantic retrieval fell back."""

    semantic_fallback_reason: None | str = Field(default=None, alias="semanticFallbackReason")
    """**[H] only**: `query_embedding_unavailable`, `vectors_unavailable`,
    `hybrid_fusion_empty`, `partial_vector_coverage`, or null."""

    conflict_count: int | None = Field(default=None, alias="conflictCount")
    """**[H] only**: number of detected conflicts."""

    retrieval_policy_default_strategy: RetrievalPolicyStrategy | None = Field(
        default=None, alias="retrievalPolicyDefaultStrategy"
    )
    """**[H]** default retrieval strategy chosen by the retrieval policy."""

    retrieval_policy_applied_strategy: RetrievalPolicyStrategy | None = Field(
        default=None, alias="retrievalPolicyAppliedStrategy"
    )
    """**[H]** default retrieval strategy chosen by the retrieval policy."""

    retrieval_policy_selection: ContextTraceRetrievalPolicySelection | None = Field(
        default=None, alias="retrievalPolicySelection"
    )
    """**[H] only**: whether the strategy came from the request or the policy default."""

    retrieval_policy_ready_for_default_on: bool | None = Field(
        default=None, alias="retrievalPolicyReadyForDefaultOn"
    )
    """**[H] only**: whether hybrid retrieval is ready to become the default."""

    retrieval_policy_blocker_codes: list[str] | None = Field(
        default=None, alias="retrievalPolicyBlockerCodes"
    )
    """**[H] only**: codes blocking default-on."""
