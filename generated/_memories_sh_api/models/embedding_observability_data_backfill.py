"""`{runs, scannedCount, enqueuedCount, errorRuns, avgDurationMs, lastRunAt, activeScopes,
runningScopes, pausedScopes}`."""

from __future__ import annotations

from ..types import OpenModel


class EmbeddingObservabilityDataBackfill(OpenModel):
    """`{runs, scannedCount, enqueuedCount, errorRuns, avgDurationMs, lastRunAt, activeScopes,
    runningScopes, pausedScopes}`."""
