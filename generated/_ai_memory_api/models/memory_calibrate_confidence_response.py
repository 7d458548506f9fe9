"""The calibration report."""

from __future__ import annotations

from ..types import BaseModel


class MemoryCalibrateConfidenceResponse(BaseModel):
    """The calibration report."""

    report: CalibrationReport
    """Confidence baselines from the shadow observations (recorded only with
    `AI_MEMORY_CONFIDENCE_SHADOW=1`)."""


# Imported last: these models refer back to this one.
from ..models.calibration_report import CalibrationReport  # noqa: E402
