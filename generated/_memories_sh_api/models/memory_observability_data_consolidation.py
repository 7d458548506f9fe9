"""`{runCount, mergedCount, supersededCount, conflictedCount, conflictRate, lastRunAt}`."""

from __future__ import annotations

from ..types import BaseModel


class MemoryObservabilityDataConsolidation(BaseModel):
    """`{runCount, mergedCount, supersededCount, conflictedCount, conflictRate, lastRunAt}`."""
