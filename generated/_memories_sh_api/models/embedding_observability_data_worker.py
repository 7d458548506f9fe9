"""`{attempts, successCount, retryCount, deadLetterCount, skippedCount, failureRate, retryRate,
avgDurationMs, p50DurationMs, p95DurationMs, durationSampleCount, topErrorCodes[{code, count}]}`."""

from __future__ import annotations

from ..types import OpenModel


class EmbeddingObservabilityDataWorker(OpenModel):
    """`{attempts, successCount, retryCount, deadLetterCount, skippedCount, failureRate, retryRate,
    avgDurationMs, p50DurationMs, p95DurationMs, durationSampleCount, topErrorCodes[{code, count}]}`."""
