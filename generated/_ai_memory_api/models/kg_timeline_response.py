"""Timeline of link events."""

from __future__ import annotations

from ..types import BaseModel


class KgTimelineResponse(BaseModel):
    """Timeline of link events."""

    source_id: str
    """Source id."""

    events: list[KgTimelineEvent]
    """Events ordered by `valid_from`."""

    count: int
    """Number of events."""


# Imported last: these models refer back to this one.
from ..models.kg_timeline_event import KgTimelineEvent  # noqa: E402
