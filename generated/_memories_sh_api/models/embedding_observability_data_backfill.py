"""`{runs, scannedCount, enqueuedCount, errorRuns, avgDurationMs, lastRunAt, activeScopes,
runningScopes, pausedScopes}`."""

from __future__ import annotations

from ..types import BaseModel


class EmbeddingObservabilityDataBackfill(BaseModel):
    """`{runs, scannedCount, enqueuedCount, errorRuns, avgDurationMs, lastRunAt, activeScopes,
    runningScopes, pausedScopes}`."""
