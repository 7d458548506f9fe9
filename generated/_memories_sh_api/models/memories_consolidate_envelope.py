"""Success envelope of `POST /api/sdk/v1/memories/consolidate`."""

from __future__ import annotations

from ..types import BaseModel


class MemoriesConsolidateEnvelope(BaseModel):
    """Success envelope of `POST /api/sdk/v1/memories/consolidate`."""

    ok: bool
    """Always true on success."""

    data: MemoriesConsolidateData
    """Data of `POST /api/sdk/v1/memories/consolidate`."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.memories_consolidate_data import MemoriesConsolidateData  # noqa: E402
from ..models.meta import Meta  # noqa: E402
