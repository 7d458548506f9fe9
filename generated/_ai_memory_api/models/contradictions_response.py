"""Memories and the links between them."""

from __future__ import annotations

from ..types import BaseModel


class ContradictionsResponse(BaseModel):
    """Memories and the links between them."""

    memories: list[Memory]
    """Memories on the topic."""

    links: list[MemoryLink]
    """Links between them."""


# Imported last: these models refer back to this one.
from ..models.memory import Memory  # noqa: E402
from ..models.memory_link import MemoryLink  # noqa: E402
