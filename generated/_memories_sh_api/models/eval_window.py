"""Quality-gate metrics of one evaluation window. Rates are rounded to 4 decimals."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel, Timestamp


class EvalWindow(BaseModel):
    """Quality-gate metrics of one evaluation window. Rates are rounded to 4 decimals."""

    start_at: Timestamp = Field(alias="startAt")
    """Window start (ISO string)."""

    end_at: Timestamp = Field(alias="endAt")
    """Window end (ISO string)."""

    total_requests: int = Field(alias="totalRequests")
    """Retrieval requests in the window."""

    hybrid_requested: int = Field(alias="hybridRequested")
    """Requests that asked for hybrid retrieval."""

    canary_applied: int = Field(alias="canaryApplied")
    """Requests where canary expansion was applied."""

    hybrid_fallbacks: int = Field(alias="hybridFallbacks")
    """Hybrid requests that fell back."""

    graph_error_fallbacks: int = Field(alias="graphErrorFallbacks")
    """Fallbacks caused by graph errors."""

    fallback_rate: float = Field(alias="fallbackRate")
    """hybridFallbacks / hybridRequested."""

    graph_error_fallback_rate: float = Field(alias="graphErrorFallbackRate")
    """graphErrorFallbacks / hybridRequested."""

    canary_with_expansion: int = Field(alias="canaryWithExpansion")
    """Canary requests where expansion added memories."""

    expansion_coverage_rate: float = Field(alias="expansionCoverageRate")
    """canaryWithExpansion / canaryApplied."""

    avg_expanded_count: float = Field(alias="avgExpandedCount")
    """Average number of expanded memories."""

    avg_candidate_lift: float = Field(alias="avgCandidateLift")
    """Average candidate lift from graph expansion."""
