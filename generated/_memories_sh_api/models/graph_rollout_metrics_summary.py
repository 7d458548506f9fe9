"""Shadow/canary retrieval metrics over the last `windowHours` hours."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel, Timestamp


class GraphRolloutMetricsSummary(BaseModel):
    """Shadow/canary retrieval metrics over the last `windowHours` hours."""

    window_hours: int = Field(alias="windowHours")
    """Window length in hours (24)."""

    total_requests: int = Field(alias="totalRequests")
    """Retrieval requests in the window."""

    hybrid_requested: int = Field(alias="hybridRequested")
    """Requests that asked for `hybrid_graph`."""

    canary_applied: int = Field(alias="canaryApplied")
    """Requests where canary graph expansion was applied."""

    shadow_executions: int = Field(alias="shadowExecutions")
    """Requests where graph expansion ran in shadow mode."""

    fallback_count: int = Field(alias="fallbackCount")
    """Requests that fell back to baseline."""

    fallback_rate: float = Field(alias="fallbackRate")
    """fallbackCount / hybridRequested (rounded to 4 decimals)."""

    graph_error_fallbacks: int = Field(alias="graphErrorFallbacks")
    """Fallbacks caused by graph expansion errors."""

    avg_graph_candidates: float = Field(alias="avgGraphCandidates")
    """Average number of graph candidates."""

    avg_graph_expanded_count: float = Field(alias="avgGraphExpandedCount")
    """Average number of graph-expanded memories."""

    last_fallback_at: Timestamp | None = Field(alias="lastFallbackAt")
    """Time of the last fallback, or null."""

    last_fallback_reason: None | str = Field(alias="lastFallbackReason")
    """Reason of the last fallback (see `ContextTrace.fallbackReason`), or null."""
