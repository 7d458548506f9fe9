"""Pass thresholds (0..1)."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field

from ..types import BaseModel


class ReplayPassCriteria(BaseModel):
    """Pass thresholds (0..1)."""

    extraction_f1: float | None = Field(default=None, alias="extractionF1")
    """Minimum extraction F1 (default 0.7)."""

    compaction_retention: float | None = Field(default=None, alias="compactionRetention")
    """Minimum retention (default 0.85)."""

    trigger_accuracy: float | None = Field(default=None, alias="triggerAccuracy")
    """Minimum trigger accuracy (default 0.9)."""

    case_pass_ratio: float | None = Field(default=None, alias="casePassRatio")
    """Minimum share of passing cases (default 0.85)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "extraction_f1": {"minimum": 0.0, "maximum": 1.0},
        "compaction_retention": {"minimum": 0.0, "maximum": 1.0},
        "trigger_accuracy": {"minimum": 0.0, "maximum": 1.0},
        "case_pass_ratio": {"minimum": 0.0, "maximum": 1.0},
    }
