"""`{queuedCount, processingCount, deadLetterCount, staleProcessingCount, oldestDueAt, oldestClaimedAt,
queueLagMs}`."""

from __future__ import annotations

from ..types import OpenModel


class EmbeddingObservabilityDataQueue(OpenModel):
    """`{queuedCount, processingCount, deadLetterCount, staleProcessingCount, oldestDueAt, oldestClaimedAt,
    queueLagMs}`."""
