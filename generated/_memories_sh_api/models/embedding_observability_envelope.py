"""Success envelope of `GET /api/sdk/v1/management/embeddings/observability`."""

from __future__ import annotations

from ..types import BaseModel


class EmbeddingObservabilityEnvelope(BaseModel):
    """Success envelope of `GET /api/sdk/v1/management/embeddings/observability`."""

    ok: bool
    """Always true on success."""

    data: EmbeddingObservabilityData
    """Data of `GET /api/sdk/v1/management/embeddings/observability`. The sections are objects
    of counters, rates and durations (see the service's contract); they are kept open here."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.embedding_observability_data import EmbeddingObservabilityData  # noqa: E402
from ..models.meta import Meta  # noqa: E402
