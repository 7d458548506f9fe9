"""Success envelope of `POST /api/sdk/v1/memories/add (HTTP 201)`."""

from __future__ import annotations

from ..types import BaseModel


class MemoriesAddEnvelope(BaseModel):
    """Success envelope of `POST /api/sdk/v1/memories/add (HTTP 201)`."""

    ok: bool
    """Always true on success."""

    data: MemoriesAddData
    """Data of `POST /api/sdk/v1/memories/add`."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.memories_add_data import MemoriesAddData  # noqa: E402
from ..models.meta import Meta  # noqa: E402
