"""Success envelope of `POST /api/sdk/v1/memories/forget`."""

from __future__ import annotations

from ..types import BaseModel


class MemoriesForgetEnvelope(BaseModel):
    """Success envelope of `POST /api/sdk/v1/memories/forget`."""

    ok: bool
    """Always true on success."""

    data: MemoriesForgetData
    """Data of `POST /api/sdk/v1/memories/forget`."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.memories_forget_data import MemoriesForgetData  # noqa: E402
from ..models.meta import Meta  # noqa: E402
