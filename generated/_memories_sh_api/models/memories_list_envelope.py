"""Success envelope of `POST /api/sdk/v1/memories/list`."""

from __future__ import annotations

from ..types import BaseModel


class MemoriesListEnvelope(BaseModel):
    """Success envelope of `POST /api/sdk/v1/memories/list`."""

    ok: bool
    """Always true on success."""

    data: MemoriesListData
    """Data of `POST /api/sdk/v1/memories/list`."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.memories_list_data import MemoriesListData  # noqa: E402
from ..models.meta import Meta  # noqa: E402
