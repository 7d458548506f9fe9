"""Success envelope of `GET /api/sdk/v1/management/embeddings/usage`."""

from __future__ import annotations

from ..types import BaseModel


class EmbeddingUsageEnvelope(BaseModel):
    """Success envelope of `GET /api/sdk/v1/management/embeddings/usage`."""

    ok: bool
    """Always true on success."""

    data: EmbeddingUsageData
    """Data of `GET /api/sdk/v1/management/embeddings/usage`."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.embedding_usage_data import EmbeddingUsageData  # noqa: E402
from ..models.meta import Meta  # noqa: E402
