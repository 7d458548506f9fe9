"""Short form of the new memory."""

from __future__ import annotations

from ..types import BaseModel


class ConsolidatedMemorySummary(BaseModel):
    """Short form of the new memory."""

    id: str
    """Memory id."""

    title: str
    """Title."""

    content: str
    """Content."""

    namespace: str
    """Namespace."""
