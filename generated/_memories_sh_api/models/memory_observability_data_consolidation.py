"""`{runCount, mergedCount, supersededCount, conflictedCount, conflictRate, lastRunAt}`."""

from __future__ import annotations

from ..types import OpenModel


class MemoryObservabilityDataConsolidation(OpenModel):
    """`{runCount, mergedCount, supersededCount, conflictedCount, conflictRate, lastRunAt}`."""
