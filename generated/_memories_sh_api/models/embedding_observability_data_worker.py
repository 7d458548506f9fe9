"""`{attempts, successCount, retryCount, deadLetterCount, skippedCount, failureRate, retryRate,
avgDurationMs, p50DurationMs, p95DurationMs, durationSampleCount, topErrorCodes[{code, count}]}`."""

from __future__ import annotations

from ..types import BaseModel


class EmbeddingObservabilityDataWorker(BaseModel):
    """`{attempts, successCount, retryCount, deadLetterCount, skippedCount, failureRate, retryRate,
    avgDurationMs, p50DurationMs, p95DurationMs, durationSampleCount, topErrorCodes[{code, count}]}`."""
