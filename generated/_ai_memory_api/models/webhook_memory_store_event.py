"""A `memory_store` delivery. Envelope keys come first, then the event's details flattened in."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from ..types import BaseModel, DateTime


class WebhookMemoryStoreEvent(BaseModel):
    """A `memory_store` delivery. Envelope keys come first, then the event's details flattened in."""

    event: Literal["memory_store"]
    """Always `memory_store`."""

    memory_id: str
    """The new memory."""

    namespace: str
    """Namespace of the event."""

    agent_id: None | str
    """Agent that caused the event, or `null`."""

    delivered_at: DateTime
    """Delivery time."""

    correlation_id: UUID
    """UUID v7 of this delivery (also in `x-ai-memory-correlation-id`); echo it in the ACK."""
