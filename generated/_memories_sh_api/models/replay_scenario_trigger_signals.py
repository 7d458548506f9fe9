"""`{estimatedTokens, budgetTokens, turnCount, turnBudget, lastActivityAt, inactivityThresholdMinutes,
taskCompleted, nowIso}`."""

from __future__ import annotations

from ..types import OpenModel


class ReplayScenarioTriggerSignals(OpenModel):
    """`{estimatedTokens, budgetTokens, turnCount, turnBudget, lastActivityAt, inactivityThresholdMinutes,
    taskCompleted, nowIso}`."""
