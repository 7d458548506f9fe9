"""Success envelope of `GET /api/sdk/v1/embeddings/models`."""

from __future__ import annotations

from ..types import BaseModel


class EmbeddingModelsEnvelope(BaseModel):
    """Success envelope of `GET /api/sdk/v1/embeddings/models`."""

    ok: bool
    """Always true on success."""

    data: EmbeddingModelsData
    """Data of `GET /api/sdk/v1/embeddings/models`."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.embedding_models_data import EmbeddingModelsData  # noqa: E402
from ..models.meta import Meta  # noqa: E402
