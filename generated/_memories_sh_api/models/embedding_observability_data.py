"""Data of `GET /api/sdk/v1/management/embeddings/observability`. The sections are objects
of counters, rates and durations (see the service's contract); they are kept open here."""

from __future__ import annotations

from pydantic import Field

from ..models.observability_health import ObservabilityHealth
from ..types import BaseModel, Timestamp


class EmbeddingObservabilityData(BaseModel):
    """Data of `GET /api/sdk/v1/management/embeddings/observability`. The sections are objects
    of counters, rates and durations (see the service's contract); they are kept open here."""

    sampled_at: Timestamp = Field(alias="sampledAt")
    """Sample time."""

    window_hours: int = Field(alias="windowHours")
    """Look-back window in hours."""

    scope: ObservabilityScope
    """The scope of an observability snapshot (absent parts are null)."""

    slos: EmbeddingObservabilityDataSlos
    """The SLO thresholds the alarms use."""

    queue: EmbeddingObservabilityDataQueue
    """`{queuedCount, processingCount, deadLetterCount, staleProcessingCount, oldestDueAt,
    oldestClaimedAt, queueLagMs}`."""

    worker: EmbeddingObservabilityDataWorker
    """`{attempts, successCount, retryCount, deadLetterCount, skippedCount, failureRate, retryRate,
    avgDurationMs, p50DurationMs, p95DurationMs, durationSampleCount, topErrorCodes[{code,
    count}]}`."""

    backfill: EmbeddingObservabilityDataBackfill
    """`{runs, scannedCount, enqueuedCount, errorRuns, avgDurationMs, lastRunAt, activeScopes,
    runningScopes, pausedScopes}`."""

    retrieval: EmbeddingObservabilityDataRetrieval
    """`{totalRequests, hybridRequested, fallbackCount, fallbackRate, avgLatencyMs, p50LatencyMs,
    p95LatencyMs, latencySampleCount, lastFallbackAt, lastFallbackReason}`."""

    cost: EmbeddingObservabilityDataCost
    """`{usageMonth, requestCount, inputTokens, gatewayCostUsd, marketCostUsd, customerCostUsd,
    customerCostPerRequestUsd}`."""

    alarms: list[ObservabilityAlarm]
    """Triggered alarms."""

    health: ObservabilityHealth
    """Overall health of an observability snapshot."""


# Imported last: these models refer back to this one.
from ..models.embedding_observability_data_backfill import (
    EmbeddingObservabilityDataBackfill,  # noqa: E402
)
from ..models.embedding_observability_data_cost import EmbeddingObservabilityDataCost  # noqa: E402
from ..models.embedding_observability_data_queue import EmbeddingObservabilityDataQueue  # noqa: E402
from ..models.embedding_observability_data_retrieval import (
    EmbeddingObservabilityDataRetrieval,  # noqa: E402
)
from ..models.embedding_observability_data_slos import EmbeddingObservabilityDataSlos  # noqa: E402
from ..models.embedding_observability_data_worker import (
    EmbeddingObservabilityDataWorker,  # noqa: E402
)
from ..models.observability_alarm import ObservabilityAlarm  # noqa: E402
from ..models.observability_scope import ObservabilityScope  # noqa: E402
