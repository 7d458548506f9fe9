"""One page of memories."""

from __future__ import annotations

from ..types import BaseModel


class ListMemoriesResponse(BaseModel):
    """One page of memories."""

    memories: list[Memory]
    """The memories."""

    count: int
    """Number of memories in this page (not a total)."""


# Imported last: these models refer back to this one.
from ..models.memory import Memory  # noqa: E402
