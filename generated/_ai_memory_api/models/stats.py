"""Database statistics (SQLite build)."""

from __future__ import annotations

from ..types import BaseModel


class Stats(BaseModel):
    """Database statistics (SQLite build)."""

    total: int
    """Total memories."""

    by_tier: list[TierCount]
    """Counts per tier."""

    by_namespace: list[NamespaceCount]
    """Counts per namespace."""

    expiring_soon: int
    """Memories expiring soon."""

    links_count: int
    """Total links."""

    db_size_bytes: int
    """Database file size."""

    dim_violations: int
    """Embeddings with a wrong dimension."""

    index_evictions_total: int
    """Vector-index evictions since start."""


# Imported last: these models refer back to this one.
from ..models.namespace_count import NamespaceCount  # noqa: E402
from ..models.tier_count import TierCount  # noqa: E402
