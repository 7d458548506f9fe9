"""`{totalRequests, hybridRequested, fallbackCount, fallbackRate, avgLatencyMs, p50LatencyMs,
p95LatencyMs, latencySampleCount, lastFallbackAt, lastFallbackReason}`."""

from __future__ import annotations

from ..types import OpenModel


class EmbeddingObservabilityDataRetrieval(OpenModel):
    """`{totalRequests, hybridRequested, fallbackCount, fallbackRate, avgLatencyMs, p50LatencyMs,
    p95LatencyMs, latencySampleCount, lastFallbackAt, lastFallbackReason}`."""
