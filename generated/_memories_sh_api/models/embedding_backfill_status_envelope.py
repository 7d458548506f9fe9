"""Success envelope of `GET /api/sdk/v1/management/embeddings/backfill`."""

from __future__ import annotations

from ..types import BaseModel


class EmbeddingBackfillStatusEnvelope(BaseModel):
    """Success envelope of `GET /api/sdk/v1/management/embeddings/backfill`."""

    ok: bool
    """Always true on success."""

    data: EmbeddingBackfillStatus
    """Progress of the embedding backfill of one scope."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.embedding_backfill_status import EmbeddingBackfillStatus  # noqa: E402
from ..models.meta import Meta  # noqa: E402
