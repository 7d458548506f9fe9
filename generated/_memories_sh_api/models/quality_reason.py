"""One finding of the retrieval quality gate."""

from __future__ import annotations

from pydantic import Field

from ..models.quality_reason_metric import QualityReasonMetric
from ..models.quality_reason_severity import QualityReasonSeverity
from ..types import BaseModel


class QualityReason(BaseModel):
    """One finding of the retrieval quality gate."""

    code: str
    """`FALLBACK_RATE_ABOVE_LIMIT`, `GRAPH_ERROR_RATE_ABOVE_LIMIT`, `FALLBACK_RATE_REGRESSION`,
    `GRAPH_ERROR_RATE_REGRESSION`, `EXPANSION_COVERAGE_TOO_LOW`,
    `EXPANSION_COVERAGE_REGRESSION` or `CANDIDATE_LIFT_REGRESSION`."""

    severity: QualityReasonSeverity
    """Severity of the finding."""

    blocking: bool
    """Whether it blocks canary rollout."""

    metric: QualityReasonMetric
    """The metric the finding is about."""

    current_value: float = Field(alias="currentValue")
    """Value in the current window."""

    previous_value: float | None = Field(alias="previousValue")
    """Value in the previous window, or null."""

    threshold: float | None
    """The threshold that was crossed, or null."""

    message: str
    """Human-readable explanation."""
