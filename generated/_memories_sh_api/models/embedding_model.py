"""An embedding model of the AI gateway catalog."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class EmbeddingModel(BaseModel):
    """An embedding model of the AI gateway catalog."""

    id: str
    """Model id, e.g. `openai/text-embedding-3-small`."""

    name: str
    """Display name."""

    provider: str
    """Provider, e.g. `openai`."""

    description: None | str
    """Description, or null."""

    context_window: int | None = Field(alias="contextWindow")
    """Context window in tokens, or null."""

    pricing: EmbeddingModelPricing
    """Catalog pricing."""

    input_cost_usd_per_token: float | None = Field(alias="inputCostUsdPerToken")
    """Input price per token in USD, or null."""

    tags: list[str]
    """Catalog tags."""


# Imported last: these models refer back to this one.
from ..models.embedding_model_pricing import EmbeddingModelPricing  # noqa: E402
