"""`{usageMonth, requestCount, inputTokens, gatewayCostUsd, marketCostUsd, customerCostUsd,
customerCostPerRequestUsd}`."""

from __future__ import annotations

from ..types import BaseModel


class EmbeddingObservabilityDataCost(BaseModel):
    """`{usageMonth, requestCount, inputTokens, gatewayCostUsd, marketCostUsd, customerCostUsd,
    customerCostPerRequestUsd}`."""
