"""Success envelope of `POST /api/sdk/v1/memories/bulk-forget`."""

from __future__ import annotations

from ..types import BaseModel


class MemoriesBulkForgetEnvelope(BaseModel):
    """Success envelope of `POST /api/sdk/v1/memories/bulk-forget`."""

    ok: bool
    """Always true on success."""

    data: MemoriesBulkForgetData
    """Data of `POST /api/sdk/v1/memories/bulk-forget`: `ids` after a deletion, `memories` after
    a dry run."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.memories_bulk_forget_data import MemoriesBulkForgetData  # noqa: E402
from ..models.meta import Meta  # noqa: E402
