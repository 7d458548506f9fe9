"""A thing to create."""

from __future__ import annotations

from typing import Any, ClassVar

from ..models.color import Color
from ..models.level import Level
from ..types import BaseModel


class NewThing(BaseModel):
    """A thing to create."""

    name: str
    """The name."""

    color: Color | None = None
    """A color."""

    size: int = 3
    """Size."""

    labels: str | None = None
    """Comma-separated labels."""

    tags: list[str] | None = None
    """Tags."""

    agent_id: str | None = None
    """Must match the header."""

    level: Level | None = None
    """A level."""

    meta: NewThingMeta | None = None
    """Free-form."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "name": {"min_length": 1, "max_length": 10},
        "size": {"minimum": 1.0, "maximum": 5.0},
        "tags": {"max_items": 3, "items": {"max_length": 4}},
    }


# Imported last: these models refer back to this one.
from ..models.new_thing_meta import NewThingMeta  # noqa: E402
