"""SLO thresholds (numbers keyed by threshold name)."""

from __future__ import annotations

from ..types import OpenModel


class GraphRolloutPlanSlo(OpenModel):
    """SLO thresholds (numbers keyed by threshold name)."""
