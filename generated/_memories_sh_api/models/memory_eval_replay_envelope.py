"""Success envelope of `POST /api/sdk/v1/management/memory/eval/replay`."""

from __future__ import annotations

from ..types import BaseModel


class MemoryEvalReplayEnvelope(BaseModel):
    """Success envelope of `POST /api/sdk/v1/management/memory/eval/replay`."""

    ok: bool
    """Always true on success."""

    data: MemoryEvalReplayData
    """Data of `POST /api/sdk/v1/management/memory/eval/replay`: the echoed scope, the `summary`
    (`evaluatedAt`, `criteria`, case counts, averages, `passRate`, `scoreAvg`, `status`
    pass|warn|fail) and one result per scenario (`id`, `title`, `score`, `status`,
    `extraction`, `compaction`, `trigger`, each null when not given)."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.memory_eval_replay_data import MemoryEvalReplayData  # noqa: E402
from ..models.meta import Meta  # noqa: E402
