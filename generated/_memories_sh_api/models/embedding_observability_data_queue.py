"""`{queuedCount, processingCount, deadLetterCount, staleProcessingCount, oldestDueAt, oldestClaimedAt,
queueLagMs}`."""

from __future__ import annotations

from ..types import BaseModel


class EmbeddingObservabilityDataQueue(BaseModel):
    """`{queuedCount, processingCount, deadLetterCount, staleProcessingCount, oldestDueAt, oldestClaimedAt,
    queueLagMs}`."""
