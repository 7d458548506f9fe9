"""Data of `POST /api/sdk/v1/memories/list`."""

from __future__ import annotations

from ..types import BaseModel


class MemoriesListData(BaseModel):
    """Data of `POST /api/sdk/v1/memories/list`."""

    memories: list[Memory]
    """Matching memories, newest first."""

    count: int
    """Number of returned memories (equals `memories.length`; not a total)."""


# Imported last: these models refer back to this one.
from ..models.memory import Memory  # noqa: E402
