"""A namespace and its memory count."""

from __future__ import annotations

from ..types import BaseModel


class NamespaceCount(BaseModel):
    """A namespace and its memory count."""

    namespace: str
    """Namespace."""

    count: int
    """Number of memories."""
