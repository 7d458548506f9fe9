"""Success envelope of `POST /api/sdk/v1/management/embeddings/backfill`."""

from __future__ import annotations

from ..types import BaseModel


class EmbeddingBackfillActionEnvelope(BaseModel):
    """Success envelope of `POST /api/sdk/v1/management/embeddings/backfill`."""

    ok: bool
    """Always true on success."""

    data: EmbeddingBackfillActionData
    """Data of `POST /api/sdk/v1/management/embeddings/backfill` (`batch` only for `run`)."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.embedding_backfill_action_data import EmbeddingBackfillActionData  # noqa: E402
from ..models.meta import Meta  # noqa: E402
