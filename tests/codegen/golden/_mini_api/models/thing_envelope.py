"""Wire shape of get."""

from __future__ import annotations

from ..types import BaseModel


class ThingEnvelope(BaseModel):
    """Wire shape of get."""

    thing: Thing
    """A thing."""

    links: list[Link]
    """Links."""


# Imported last: these models refer back to this one.
from ..models.link import Link  # noqa: E402
from ..models.thing import Thing  # noqa: E402
