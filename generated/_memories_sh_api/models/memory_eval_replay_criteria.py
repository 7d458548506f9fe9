"""The pass criteria applied (the request's, each defaulted and clamped to 0..1)."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class MemoryEvalReplayCriteria(BaseModel):
    """The pass criteria applied (the request's, each defaulted and clamped to 0..1)."""

    extraction_f1: float = Field(alias="extractionF1")
    """Minimum extraction F1 (default 0.7)."""

    compaction_retention: float = Field(alias="compactionRetention")
    """Minimum share of required facts retained by compaction."""

    trigger_accuracy: float = Field(alias="triggerAccuracy")
    """Minimum trigger accuracy (default 0.9)."""

    case_pass_ratio: float = Field(alias="casePassRatio")
    """Minimum share of passing scenarios."""
