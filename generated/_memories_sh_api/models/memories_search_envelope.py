"""Success envelope of `POST /api/sdk/v1/memories/search`."""

from __future__ import annotations

from ..types import BaseModel


class MemoriesSearchEnvelope(BaseModel):
    """Success envelope of `POST /api/sdk/v1/memories/search`."""

    ok: bool
    """Always true on success."""

    data: MemoriesSearchData
    """Data of `POST /api/sdk/v1/memories/search`."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.memories_search_data import MemoriesSearchData  # noqa: E402
from ..models.meta import Meta  # noqa: E402
