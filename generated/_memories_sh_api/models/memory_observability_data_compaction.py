"""`{totalEvents, byTrigger: {count, time, semantic}, compactedSessions, checkpointMissingCount,
checkpointCoverage}`."""

from __future__ import annotations

from ..types import BaseModel


class MemoryObservabilityDataCompaction(BaseModel):
    """`{totalEvents, byTrigger: {count, time, semantic}, compactedSessions, checkpointMissingCount,
    checkpointCoverage}`."""
