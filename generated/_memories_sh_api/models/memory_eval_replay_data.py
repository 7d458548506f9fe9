"""Data of `POST /api/sdk/v1/management/memory/eval/replay`: the echoed scope, the `summary`
(`evaluatedAt`, `criteria`, case counts, averages, `passRate`, `scoreAvg`, `status`
pass|warn|fail) and one result per scenario (`id`, `title`, `score`, `status`,
`extraction`, `compaction`, `trigger`, each null when not given)."""

from __future__ import annotations

from ..types import BaseModel


class MemoryEvalReplayData(BaseModel):
    """Data of `POST /api/sdk/v1/management/memory/eval/replay`: the echoed scope, the `summary`
    (`evaluatedAt`, `criteria`, case counts, averages, `passRate`, `scoreAvg`, `status`
    pass|warn|fail) and one result per scenario (`id`, `title`, `score`, `status`,
    `extraction`, `compaction`, `trigger`, each null when not given)."""

    scope: ObservabilityScope
    """The scope of an observability snapshot (absent parts are null)."""

    summary: MemoryEvalReplayDataSummary
    """Aggregate scores."""

    scenarios: list[MemoryEvalReplayDataScenariosItem]
    """Per-scenario results."""


# Imported last: these models refer back to this one.
from ..models.memory_eval_replay_data_scenarios_item import (
    MemoryEvalReplayDataScenariosItem,  # noqa: E402
)
from ..models.memory_eval_replay_data_summary import MemoryEvalReplayDataSummary  # noqa: E402
from ..models.observability_scope import ObservabilityScope  # noqa: E402
