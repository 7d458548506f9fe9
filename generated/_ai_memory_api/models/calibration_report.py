"""Confidence baselines from the shadow observations (recorded only with
`AI_MEMORY_CONFIDENCE_SHADOW=1`)."""

from __future__ import annotations

from ..types import BaseModel


class CalibrationReport(BaseModel):
    """Confidence baselines from the shadow observations (recorded only with
    `AI_MEMORY_CONFIDENCE_SHADOW=1`)."""

    window_days: int
    """The window used."""

    total_observations: int
    """Observations in the window."""

    baselines: list[ConfidenceBaseline]
    """One per (namespace, source), ordered by namespace then source."""


# Imported last: these models refer back to this one.
from ..models.confidence_baseline import ConfidenceBaseline  # noqa: E402
