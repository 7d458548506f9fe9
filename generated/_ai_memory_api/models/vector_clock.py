"""Map of peer agent id to the latest `updated_at` seen from that peer."""

from __future__ import annotations

from ..types import BaseModel


class VectorClock(BaseModel):
    """Map of peer agent id to the latest `updated_at` seen from that peer."""

    entries: VectorClockEntries | None = None
    """Peer id to RFC 3339 timestamp."""


# Imported last: these models refer back to this one.
from ..models.vector_clock_entries import VectorClockEntries  # noqa: E402
