"""One scenario's result (`ReplayEvalScenarioResult`); a case not given is null."""

from __future__ import annotations

from ..models.memory_eval_replay_status import MemoryEvalReplayStatus
from ..types import BaseModel


class MemoryEvalReplayScenarioResult(BaseModel):
    """One scenario's result (`ReplayEvalScenarioResult`); a case not given is null."""

    id: str
    """Scenario id."""

    title: None | str
    """Scenario title."""

    score: float
    """Score 0..1."""

    status: MemoryEvalReplayStatus
    """`pass`, `warn` (at least half the cases pass) or `fail`."""

    extraction: MemoryEvalExtractionResult | None
    """The extraction case's result."""

    compaction: MemoryEvalCompactionResult | None
    """The compaction case's result."""

    trigger: MemoryEvalTriggerResult | None
    """The trigger case's result."""


# Imported last: these models refer back to this one.
from ..models.memory_eval_compaction_result import MemoryEvalCompactionResult  # noqa: E402
from ..models.memory_eval_extraction_result import MemoryEvalExtractionResult  # noqa: E402
from ..models.memory_eval_trigger_result import MemoryEvalTriggerResult  # noqa: E402
