"""A thing and its links."""

from __future__ import annotations

from pydantic import Field

from ..models.color import Color
from ..types import BaseModel, DateTime


class ThingWithLinks(BaseModel):
    """A thing and its links."""

    id: str
    """Id."""

    name: str
    """Name."""

    color: Color
    """A color."""

    created_at: DateTime
    """When."""

    links: list[Link]
    """Links."""

    note: None | str = None
    """Note."""

    json_: str | None = Field(default=None, alias="json")
    """A field named like a pydantic method."""

    model_config_: str | None = Field(default=None, alias="model_config")
    """A reserved pydantic name."""

    camel_case: int | None = Field(default=None, alias="camelCase")
    """A camel-case wire name."""


# Imported last: these models refer back to this one.
from ..models.link import Link  # noqa: E402
