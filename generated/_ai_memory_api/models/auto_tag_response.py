"""Suggested tags."""

from __future__ import annotations

from ..types import BaseModel


class AutoTagResponse(BaseModel):
    """Suggested tags."""

    tags: list[str]
    """Tags."""

    memory_id: None | str
    """The memory tagged, or `null` for title + content."""
