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

    summary: MemoryEvalReplaySummary
    """Aggregate scores of a replay evaluation (`ReplayEvalSummary`)."""

    scenarios: list[MemoryEvalReplayScenarioResult]
    """Per-scenario results, in request order."""


# Imported last: these models refer back to this one.
from ..models.memory_eval_replay_scenario_result import MemoryEvalReplayScenarioResult  # noqa: E402
from ..models.memory_eval_replay_summary import MemoryEvalReplaySummary  # noqa: E402
from ..models.observability_scope import ObservabilityScope  # noqa: E402
