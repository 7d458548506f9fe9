"""Structured metadata (a JSON object; null is rejected)."""

from __future__ import annotations

from ..types import BaseModel


class MemoriesAddRequestMetadata(BaseModel):
    """Structured metadata (a JSON object; null is rejected)."""
