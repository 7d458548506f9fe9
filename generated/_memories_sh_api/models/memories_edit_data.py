"""Data of `POST /api/sdk/v1/memories/edit`."""

from __future__ import annotations

from pydantic import Field

from ..models.embedding_model_source import EmbeddingModelSource
from ..types import BaseModel


class MemoriesEditData(BaseModel):
    """Data of `POST /api/sdk/v1/memories/edit`."""

    id: str
    """The edited memory id."""

    updated: bool
    """Always true (at [S] even when no row matched)."""

    message: str
    """`Updated memory <id>`."""

    embedding_model: None | str = Field(default=None, alias="embeddingModel")
    """**[H] only**: embedding model used, or null."""

    embedding_model_source: EmbeddingModelSource | None = Field(default=None, alias="embeddingModelSource")
    """**[H] only**: where the embedding model came from, or null."""
