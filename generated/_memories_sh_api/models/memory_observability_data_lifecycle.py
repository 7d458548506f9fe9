"""`{createdCount, updatedCount, deletedCount, activeCount, totalCount}`."""

from __future__ import annotations

from ..types import OpenModel


class MemoryObservabilityDataLifecycle(OpenModel):
    """`{createdCount, updatedCount, deletedCount, activeCount, totalCount}`."""
