"""Data of `GET /api/sdk/v1/embeddings/models`."""

from __future__ import annotations

from ..types import BaseModel


class EmbeddingModelsData(BaseModel):
    """Data of `GET /api/sdk/v1/embeddings/models`."""

    models: list[EmbeddingModel]
    """The available models."""

    config: EmbeddingModelConfig
    """The embedding model a write in the scope would use, and why."""


# Imported last: these models refer back to this one.
from ..models.embedding_model import EmbeddingModel  # noqa: E402
from ..models.embedding_model_config import EmbeddingModelConfig  # noqa: E402
