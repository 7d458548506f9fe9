"""**[H] only**: rollout recommendation. Modelled loosely (all fields optional); unknown
fields are kept."""

from __future__ import annotations

from pydantic import Field

from ..models.graph_rollout_plan_default_behavior_decision import (
    GraphRolloutPlanDefaultBehaviorDecision,
)
from ..models.rollout_mode import RolloutMode
from ..types import BaseModel, Timestamp


class GraphRolloutPlan(BaseModel):
    """**[H] only**: rollout recommendation. Modelled loosely (all fields optional); unknown
    fields are kept."""

    evaluated_at: Timestamp | None = Field(default=None, alias="evaluatedAt")
    """Evaluation time (ISO string)."""

    current_mode: RolloutMode | None = Field(default=None, alias="currentMode")
    """Graph rollout mode: `off` (baseline only), `shadow` (graph expansion computed for metrics
    but not applied) or `canary` (applied when the quality gate allows)."""

    recommended_mode: RolloutMode | None = Field(default=None, alias="recommendedMode")
    """Graph rollout mode: `off` (baseline only), `shadow` (graph expansion computed for metrics
    but not applied) or `canary` (applied when the quality gate allows)."""

    default_behavior_decision: GraphRolloutPlanDefaultBehaviorDecision | None = Field(
        default=None, alias="defaultBehaviorDecision"
    )
    """Whether hybrid retrieval should become the default."""

    rationale: str | None = None
    """Explanation of the recommendation."""

    ready_for_default_on: bool | None = Field(default=None, alias="readyForDefaultOn")
    """Whether hybrid retrieval is ready to become the default."""

    blocker_codes: list[str] | None = Field(default=None, alias="blockerCodes")
    """Codes blocking the next stage."""

    stages: list[GraphRolloutPlanStagesItem] | None = None
    """Readiness per rollout stage."""

    baseline: list[GraphRolloutPlanBaselineItem] | None = None
    """Baseline metrics compared with their targets."""

    slo: GraphRolloutPlanSlo | None = None
    """SLO thresholds (numbers keyed by threshold name)."""

    autopilot: GraphRolloutPlanAutopilot | None = None
    """Autopilot state."""


# Imported last: these models refer back to this one.
from ..models.graph_rollout_plan_autopilot import GraphRolloutPlanAutopilot  # noqa: E402
from ..models.graph_rollout_plan_baseline_item import GraphRolloutPlanBaselineItem  # noqa: E402
from ..models.graph_rollout_plan_slo import GraphRolloutPlanSlo  # noqa: E402
from ..models.graph_rollout_plan_stages_item import GraphRolloutPlanStagesItem  # noqa: E402
