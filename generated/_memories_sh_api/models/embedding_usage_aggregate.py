"""Usage of one tenant/project/model/provider in a month."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class EmbeddingUsageAggregate(BaseModel):
    """Usage of one tenant/project/model/provider in a month."""

    usage_month: str = Field(alias="usageMonth")
    """Month start date `YYYY-MM-DD`."""

    request_count: int = Field(alias="requestCount")
    """Embedding requests."""

    estimated_request_count: int = Field(alias="estimatedRequestCount")
    """Requests whose cost was estimated."""

    tokenizer_request_count: int = Field(alias="tokenizerRequestCount")
    """Requests counted with a tokenizer."""

    fallback_request_count: int = Field(alias="fallbackRequestCount")
    """Requests counted with the character-estimate fallback."""

    input_tokens_delta: int = Field(alias="inputTokensDelta")
    """Difference between counted and estimated input tokens."""

    input_tokens: int = Field(alias="inputTokens")
    """Input tokens."""

    gateway_cost_usd: float = Field(alias="gatewayCostUsd")
    """Gateway cost in USD."""

    market_cost_usd: float = Field(alias="marketCostUsd")
    """Market cost in USD."""

    customer_cost_usd: float = Field(alias="customerCostUsd")
    """Cost billed to the customer in USD."""

    tenant_id: None | str = Field(alias="tenantId")
    """Tenant, or null for the workspace database."""

    project_id: None | str = Field(alias="projectId")
    """Project, or null."""

    model_id: str = Field(alias="modelId")
    """Model id."""

    provider: str
    """Provider."""
