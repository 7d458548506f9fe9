"""A `memory_delete` delivery. Envelope keys come first, then the event's details flattened in."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from ..models.tier import Tier
from ..types import BaseModel, DateTime


class WebhookMemoryDeleteEvent(BaseModel):
    """A `memory_delete` delivery. Envelope keys come first, then the event's details flattened in."""

    event: Literal["memory_delete"]
    """Always `memory_delete`."""

    memory_id: str
    """The deleted memory."""

    namespace: str
    """Namespace of the event."""

    agent_id: None | str
    """Agent that caused the event, or `null`."""

    delivered_at: DateTime
    """Delivery time."""

    correlation_id: UUID
    """UUID v7 of this delivery (also in `x-ai-memory-correlation-id`); echo it in the ACK."""

    title: str
    """Title of the deleted memory."""

    tier: Tier
    """Memory tier. Default TTLs are short 6 h, mid 7 days, long none."""
