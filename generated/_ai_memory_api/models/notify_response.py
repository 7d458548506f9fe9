"""Delivery receipt."""

from __future__ import annotations

from pydantic import Field

from ..models.tier import Tier
from ..types import BaseModel, DateTime


class NotifyResponse(BaseModel):
    """Delivery receipt."""

    id: str
    """Message (memory) id."""

    from_: str = Field(alias="from")
    """Sender as stamped by the daemon (`AI_MEMORY_AGENT_ID`, or `ai:<caller>@<host>:pid-<pid>`)."""

    to: str
    """Recipient."""

    namespace: str
    """`_messages/<recipient>`."""

    tier: Tier
    """Memory tier. Default TTLs are short 6 h, mid 7 days, long none."""

    delivered_at: DateTime
    """Delivery time."""
