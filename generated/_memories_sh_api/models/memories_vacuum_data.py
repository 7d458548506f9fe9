"""Data of `POST /api/sdk/v1/memories/vacuum`."""

from __future__ import annotations

from ..types import BaseModel


class MemoriesVacuumData(BaseModel):
    """Data of `POST /api/sdk/v1/memories/vacuum`."""

    purged: int
    """Number of rows permanently deleted."""

    message: str
    """`Vacuumed <n> soft-deleted memories` or `No soft-deleted memories to vacuum`."""
