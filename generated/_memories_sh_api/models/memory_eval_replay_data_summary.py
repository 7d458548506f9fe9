"""Aggregate scores."""

from __future__ import annotations

from ..models.memory_eval_replay_data_summary_status import (
    MemoryEvalReplayDataSummaryStatus,
)
from ..types import BaseModel


class MemoryEvalReplayDataSummary(BaseModel):
    """Aggregate scores."""

    status: MemoryEvalReplayDataSummaryStatus
    """Overall status."""
