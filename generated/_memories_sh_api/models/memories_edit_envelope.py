"""Success envelope of `POST /api/sdk/v1/memories/edit`."""

from __future__ import annotations

from ..types import BaseModel


class MemoriesEditEnvelope(BaseModel):
    """Success envelope of `POST /api/sdk/v1/memories/edit`."""

    ok: bool
    """Always true on success."""

    data: MemoriesEditData
    """Data of `POST /api/sdk/v1/memories/edit`."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.memories_edit_data import MemoriesEditData  # noqa: E402
from ..models.meta import Meta  # noqa: E402
