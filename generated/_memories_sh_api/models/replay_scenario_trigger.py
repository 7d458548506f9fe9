"""Expected trigger vs. an observed one or one computed from `signals`."""

from __future__ import annotations

from ..models.replay_trigger_type_type_1 import ReplayTriggerTypeType1
from ..models.replay_trigger_type_type_2_type_1 import ReplayTriggerTypeType2Type1
from ..models.replay_trigger_type_type_3_type_1 import ReplayTriggerTypeType3Type1
from ..types import BaseModel


class ReplayScenarioTrigger(BaseModel):
    """Expected trigger vs. an observed one or one computed from `signals`."""

    expected: None | ReplayTriggerTypeType1 | ReplayTriggerTypeType2Type1 | ReplayTriggerTypeType3Type1
    """A compaction trigger (`count`, `time`, `semantic`), or null for none."""

    observed: None | ReplayTriggerTypeType1 | ReplayTriggerTypeType2Type1 | ReplayTriggerTypeType3Type1 = None
    """A compaction trigger (`count`, `time`, `semantic`), or null for none."""

    signals: ReplayScenarioTriggerSignals | None = None
    """`{estimatedTokens, budgetTokens, turnCount, turnBudget, lastActivityAt,
    inactivityThresholdMinutes, taskCompleted, nowIso}`."""


# Imported last: these models refer back to this one.
from ..models.replay_scenario_trigger_signals import ReplayScenarioTriggerSignals  # noqa: E402
