"""Namespace taxonomy."""

from __future__ import annotations

from ..types import BaseModel


class TaxonomyResponse(BaseModel):
    """Namespace taxonomy."""

    tree: TaxonomyNode
    """A node of the namespace tree."""

    total_count: int
    """Total memories under the root."""

    truncated: bool
    """Whether `limit` cut the scan short."""


# Imported last: these models refer back to this one.
from ..models.taxonomy_node import TaxonomyNode  # noqa: E402
