"""Structured metadata (a JSON object; null is rejected)."""

from __future__ import annotations

from ..types import OpenModel


class MemoriesAddRequestMetadata(OpenModel):
    """Structured metadata (a JSON object; null is rejected)."""
