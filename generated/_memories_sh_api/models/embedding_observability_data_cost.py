"""`{usageMonth, requestCount, inputTokens, gatewayCostUsd, marketCostUsd, customerCostUsd,
customerCostPerRequestUsd}`."""

from __future__ import annotations

from ..types import OpenModel


class EmbeddingObservabilityDataCost(OpenModel):
    """`{usageMonth, requestCount, inputTokens, gatewayCostUsd, marketCostUsd, customerCostUsd,
    customerCostPerRequestUsd}`."""
