"""Data of `GET /api/sdk/v1/management/embeddings/usage`."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class EmbeddingUsageData(BaseModel):
    """Data of `GET /api/sdk/v1/management/embeddings/usage`."""

    usage_month: str = Field(alias="usageMonth")
    """Month start date `YYYY-MM-DD`."""

    summary: EmbeddingUsageSummary
    """Embedding usage totals of a month."""

    breakdown: list[EmbeddingUsageAggregate]
    """Usage grouped by tenant, project, model and provider."""


# Imported last: these models refer back to this one.
from ..models.embedding_usage_aggregate import EmbeddingUsageAggregate  # noqa: E402
from ..models.embedding_usage_summary import EmbeddingUsageSummary  # noqa: E402
