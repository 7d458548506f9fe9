"""Result of the retrieval quality gate (current vs. previous window)."""

from __future__ import annotations

from pydantic import Field

from ..models.quality_gate_status import QualityGateStatus
from ..types import BaseModel, Timestamp


class GraphRolloutQualitySummary(BaseModel):
    """Result of the retrieval quality gate (current vs. previous window)."""

    evaluated_at: Timestamp = Field(alias="evaluatedAt")
    """Evaluation time (ISO string)."""

    window_hours: int = Field(alias="windowHours")
    """Window length in hours (24)."""

    min_hybrid_samples: int = Field(alias="minHybridSamples")
    """Minimum hybrid samples for a verdict (20)."""

    min_canary_samples_for_relevance: int = Field(alias="minCanarySamplesForRelevance")
    """Minimum canary samples for the relevance checks (12)."""

    status: QualityGateStatus
    """Retrieval quality-gate status."""

    canary_blocked: bool = Field(alias="canaryBlocked")
    """True when a blocking reason exists (canary rollout is refused)."""

    reasons: list[QualityReason]
    """The findings."""

    current: EvalWindow
    """Quality-gate metrics of one evaluation window. Rates are rounded to 4 decimals."""

    previous: EvalWindow
    """Quality-gate metrics of one evaluation window. Rates are rounded to 4 decimals."""


# Imported last: these models refer back to this one.
from ..models.eval_window import EvalWindow  # noqa: E402
from ..models.quality_reason import QualityReason  # noqa: E402
