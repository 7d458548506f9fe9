"""A node of the namespace tree."""

from __future__ import annotations

from ..types import BaseModel


class TaxonomyNode(BaseModel):
    """A node of the namespace tree."""

    namespace: str
    """Full namespace path."""

    name: str
    """Last path segment."""

    count: int
    """Memories directly in this namespace."""

    subtree_count: int
    """Memories in this namespace and below."""

    children: list[TaxonomyNode]
    """Child namespaces."""
