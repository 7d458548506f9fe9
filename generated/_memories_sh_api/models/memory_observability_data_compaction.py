"""`{totalEvents, byTrigger: {count, time, semantic}, compactedSessions, checkpointMissingCount,
checkpointCoverage}`."""

from __future__ import annotations

from ..types import OpenModel


class MemoryObservabilityDataCompaction(OpenModel):
    """`{totalEvents, byTrigger: {count, time, semantic}, compactedSessions, checkpointMissingCount,
    checkpointCoverage}`."""
