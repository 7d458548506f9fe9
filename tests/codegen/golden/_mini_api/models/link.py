"""A link."""

from __future__ import annotations

from ..types import BaseModel


class Link(BaseModel):
    """A link."""

    to: str
    """Target."""
