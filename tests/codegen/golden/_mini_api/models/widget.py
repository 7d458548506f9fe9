"""A widget (the shape routes' model)."""

from __future__ import annotations

from ..models.color import Color
from ..types import BaseModel


class Widget(BaseModel):
    """A widget (the shape routes' model)."""

    id: str
    """Id."""

    color: Color
    """A color."""
