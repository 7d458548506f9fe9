"""A page of things."""

from __future__ import annotations

from ..types import BaseModel


class ThingPage(BaseModel):
    """A page of things."""

    things: list[Thing]
    """Things."""

    count: int
    """Count."""


# Imported last: these models refer back to this one.
from ..models.thing import Thing  # noqa: E402
