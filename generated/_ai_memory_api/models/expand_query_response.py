"""Expansion result."""

from __future__ import annotations

from ..types import BaseModel


class ExpandQueryResponse(BaseModel):
    """Expansion result."""

    original: str
    """The query."""

    expanded_terms: list[str]
    """Related terms."""
