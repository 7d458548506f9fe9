"""A message in an inbox."""

from __future__ import annotations

from pydantic import Field

from ..models.tier import Tier
from ..types import BaseModel, DateTime


class InboxMessage(BaseModel):
    """A message in an inbox."""

    id: str
    """Message id."""

    from_: str = Field(alias="from")
    """Sender."""

    title: str
    """Title."""

    payload: str
    """Body."""

    priority: int
    """Priority."""

    tier: Tier
    """Memory tier. Default TTLs are short 6 h, mid 7 days, long none."""

    created_at: DateTime
    """Send time."""

    read: bool
    """Whether it was read (`access_count > 0`)."""

    access_count: int
    """Times read."""
