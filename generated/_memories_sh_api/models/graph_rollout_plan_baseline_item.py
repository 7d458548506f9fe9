"""One baseline metric."""

from __future__ import annotations

from pydantic import Field

from ..models.graph_rollout_plan_baseline_item_comparator import (
    GraphRolloutPlanBaselineItemComparator,
)
from ..types import BaseModel


class GraphRolloutPlanBaselineItem(BaseModel):
    """One baseline metric."""

    metric: str | None = None
    """Metric name, e.g. `fallback_rate`."""

    comparator: GraphRolloutPlanBaselineItemComparator | None = None
    """How `current` is compared with `target`."""

    target: float | None = None
    """Target value."""

    current: float | None = None
    """Current value."""

    gap_to_goal: float | None = Field(default=None, alias="gapToGoal")
    """Distance to the target."""

    ready: bool | None = None
    """Whether the target is met."""
