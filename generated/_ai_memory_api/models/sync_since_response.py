"""Memories updated since a timestamp."""

from __future__ import annotations

from ..types import BaseModel


class SyncSinceResponse(BaseModel):
    """Memories updated since a timestamp."""

    count: int
    """Number of memories."""

    limit: int
    """Limit used."""

    memories: list[Memory]
    """The memories."""

    updated_since: None | str = None
    """The `since` used."""

    earliest_updated_at: None | str = None
    """Earliest `updated_at` in the batch."""

    latest_updated_at: None | str = None
    """Latest `updated_at` in the batch (use as the next `since`)."""


# Imported last: these models refer back to this one.
from ..models.memory import Memory  # noqa: E402
