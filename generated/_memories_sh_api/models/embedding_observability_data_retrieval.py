"""`{totalRequests, hybridRequested, fallbackCount, fallbackRate, avgLatencyMs, p50LatencyMs,
p95LatencyMs, latencySampleCount, lastFallbackAt, lastFallbackReason}`."""

from __future__ import annotations

from ..types import BaseModel


class EmbeddingObservabilityDataRetrieval(BaseModel):
    """`{totalRequests, hybridRequested, fallbackCount, fallbackRate, avgLatencyMs, p50LatencyMs,
    p95LatencyMs, latencySampleCount, lastFallbackAt, lastFallbackReason}`."""
