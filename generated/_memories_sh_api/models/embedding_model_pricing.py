"""Catalog pricing."""

from __future__ import annotations

from ..types import BaseModel


class EmbeddingModelPricing(BaseModel):
    """Catalog pricing."""

    input: None | str = None
    """Input price per token as a decimal string, or null."""
