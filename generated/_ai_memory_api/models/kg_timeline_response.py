"""Timeline of link events."""

from __future__ import annotations

from ..types import BaseModel


class KgTimelineResponse(BaseModel):
    """Timeline of link events."""

    source_id: str
    """Source id."""

    events: list[OpenObject]
    """Events in time order (shape not determined; open objects)."""

    count: int
    """Number of events."""


# Imported last: these models refer back to this one.
from ..models.open_object import OpenObject  # noqa: E402
