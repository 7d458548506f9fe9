"""Success envelope of `POST /api/sdk/v1/memories/vacuum`."""

from __future__ import annotations

from ..types import BaseModel


class MemoriesVacuumEnvelope(BaseModel):
    """Success envelope of `POST /api/sdk/v1/memories/vacuum`."""

    ok: bool
    """Always true on success."""

    data: MemoriesVacuumData
    """Data of `POST /api/sdk/v1/memories/vacuum`."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.memories_vacuum_data import MemoriesVacuumData  # noqa: E402
from ..models.meta import Meta  # noqa: E402
