"""A memory's links."""

from __future__ import annotations

from ..types import BaseModel


class LinksResponse(BaseModel):
    """A memory's links."""

    links: list[MemoryLink]
    """The links."""


# Imported last: these models refer back to this one.
from ..models.memory_link import MemoryLink  # noqa: E402
