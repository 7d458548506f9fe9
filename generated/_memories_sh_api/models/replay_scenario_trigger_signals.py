"""`{estimatedTokens, budgetTokens, turnCount, turnBudget, lastActivityAt, inactivityThresholdMinutes,
taskCompleted, nowIso}`."""

from __future__ import annotations

from ..types import BaseModel


class ReplayScenarioTriggerSignals(BaseModel):
    """`{estimatedTokens, budgetTokens, turnCount, turnBudget, lastActivityAt, inactivityThresholdMinutes,
    taskCompleted, nowIso}`."""
