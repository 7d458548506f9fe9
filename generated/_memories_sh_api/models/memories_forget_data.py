"""Data of `POST /api/sdk/v1/memories/forget`."""

from __future__ import annotations

from ..types import BaseModel


class MemoriesForgetData(BaseModel):
    """Data of `POST /api/sdk/v1/memories/forget`."""

    id: str
    """The forgotten memory id."""

    deleted: bool
    """Always true (also when nothing matched)."""

    message: str
    """`Deleted memory <id>`."""
