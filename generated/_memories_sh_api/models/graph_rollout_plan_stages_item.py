"""One rollout stage (`shadow`, `canary`, `default_on`)."""

from __future__ import annotations

from pydantic import Field

from ..models.graph_rollout_plan_stages_item_stage import (
    GraphRolloutPlanStagesItemStage,
)
from ..types import BaseModel


class GraphRolloutPlanStagesItem(BaseModel):
    """One rollout stage (`shadow`, `canary`, `default_on`)."""

    stage: GraphRolloutPlanStagesItemStage | None = None
    """The stage."""

    ready: bool | None = None
    """Whether the stage's requirements are met."""

    required_samples: int | None = Field(default=None, alias="requiredSamples")
    """Samples required."""

    current_samples: int | None = Field(default=None, alias="currentSamples")
    """Samples collected."""

    blocker_codes: list[str] | None = Field(default=None, alias="blockerCodes")
    """Blocking codes."""
