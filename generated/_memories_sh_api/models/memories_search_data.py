"""Data of `POST /api/sdk/v1/memories/search`."""

from __future__ import annotations

from ..types import BaseModel


class MemoriesSearchData(BaseModel):
    """Data of `POST /api/sdk/v1/memories/search`."""

    memories: list[Memory]
    """Matching memories, best first."""

    count: int
    """Number of returned memories (equals `memories.length`; not a total)."""

    trace: MemoriesSearchTrace | None = None
    """**[H] only**: search strategy trace. Modelled loosely (all fields optional)."""


# Imported last: these models refer back to this one.
from ..models.memories_search_trace import MemoriesSearchTrace  # noqa: E402
from ..models.memory import Memory  # noqa: E402
