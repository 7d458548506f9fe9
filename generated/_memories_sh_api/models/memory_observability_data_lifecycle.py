"""`{createdCount, updatedCount, deletedCount, activeCount, totalCount}`."""

from __future__ import annotations

from ..types import BaseModel


class MemoryObservabilityDataLifecycle(BaseModel):
    """`{createdCount, updatedCount, deletedCount, activeCount, totalCount}`."""
