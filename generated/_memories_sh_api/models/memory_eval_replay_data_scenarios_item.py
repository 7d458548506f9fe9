"""One scenario's result."""

from __future__ import annotations

from ..models.memory_eval_replay_data_scenarios_item_status import (
    MemoryEvalReplayDataScenariosItemStatus,
)
from ..types import BaseModel


class MemoryEvalReplayDataScenariosItem(BaseModel):
    """One scenario's result."""

    id: str
    """Scenario id."""

    score: float
    """Score 0..1."""

    status: MemoryEvalReplayDataScenariosItemStatus
    """Scenario status."""
