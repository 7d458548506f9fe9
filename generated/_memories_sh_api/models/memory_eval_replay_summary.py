"""Aggregate scores of a replay evaluation (`ReplayEvalSummary`)."""

from __future__ import annotations

from pydantic import Field

from ..models.memory_eval_replay_status import MemoryEvalReplayStatus
from ..types import BaseModel, DateTime


class MemoryEvalReplaySummary(BaseModel):
    """Aggregate scores of a replay evaluation (`ReplayEvalSummary`)."""

    evaluated_at: DateTime = Field(alias="evaluatedAt")
    """When the evaluation ran (`nowIso` when given)."""

    criteria: MemoryEvalReplayCriteria
    """The pass criteria applied (the request's, each defaulted and clamped to 0..1)."""

    scenarios: int
    """Number of scenarios evaluated."""

    extraction_cases: int = Field(alias="extractionCases")
    """Scenarios with an `extraction` case."""

    compaction_cases: int = Field(alias="compactionCases")
    """Scenarios with a `compaction` case."""

    trigger_cases: int = Field(alias="triggerCases")
    """Scenarios with a `trigger` case."""

    extraction_f1_avg: float = Field(alias="extractionF1Avg")
    """Mean extraction F1 (0 when there is no extraction case)."""

    compaction_retention_avg: float = Field(alias="compactionRetentionAvg")
    """Mean compaction retention."""

    trigger_accuracy: float = Field(alias="triggerAccuracy")
    """Share of trigger cases matched."""

    pass_rate: float = Field(alias="passRate")
    """Share of scenarios that passed."""

    score_avg: float = Field(alias="scoreAvg")
    """Mean scenario score."""

    status: MemoryEvalReplayStatus
    """`pass`, `warn` (at least half the cases pass) or `fail`."""


# Imported last: these models refer back to this one.
from ..models.memory_eval_replay_criteria import MemoryEvalReplayCriteria  # noqa: E402
