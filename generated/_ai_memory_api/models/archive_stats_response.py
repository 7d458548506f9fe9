"""Archive statistics."""

from __future__ import annotations

from ..types import BaseModel


class ArchiveStatsResponse(BaseModel):
    """Archive statistics."""

    archived_total: int
    """Archived rows."""

    by_namespace: list[NamespaceCount]
    """Counts per namespace."""


# Imported last: these models refer back to this one.
from ..models.namespace_count import NamespaceCount  # noqa: E402
