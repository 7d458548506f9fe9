"""SLO thresholds (numbers keyed by threshold name)."""

from __future__ import annotations

from ..types import BaseModel


class GraphRolloutPlanSlo(BaseModel):
    """SLO thresholds (numbers keyed by threshold name)."""
