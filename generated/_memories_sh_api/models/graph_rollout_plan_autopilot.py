"""Autopilot state."""

from __future__ import annotations

from ..types import BaseModel


class GraphRolloutPlanAutopilot(BaseModel):
    """Autopilot state."""

    enabled: bool | None = None
    """Whether the autopilot is enabled."""

    applied: bool | None = None
    """Whether the autopilot changed the mode in this evaluation."""
