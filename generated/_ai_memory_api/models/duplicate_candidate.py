"""The nearest existing memory."""

from __future__ import annotations

from ..types import BaseModel


class DuplicateCandidate(BaseModel):
    """The nearest existing memory."""

    id: str
    """Memory id."""

    title: str
    """Title."""

    namespace: str
    """Namespace."""

    similarity: float
    """Cosine similarity, rounded to 3 decimals."""
