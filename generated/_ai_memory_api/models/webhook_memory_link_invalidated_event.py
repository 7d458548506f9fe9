"""A `memory_link_invalidated` delivery. Envelope keys come first, then the event's details flattened
in."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from ..types import BaseModel, DateTime


class WebhookMemoryLinkInvalidatedEvent(BaseModel):
    """A `memory_link_invalidated` delivery. Envelope keys come first, then the event's details flattened
    in."""

    event: Literal["memory_link_invalidated"]
    """Always `memory_link_invalidated`."""

    memory_id: str
    """Source memory of the link."""

    namespace: str
    """Namespace of the event."""

    agent_id: None | str
    """Agent that caused the event, or `null`."""

    delivered_at: DateTime
    """Delivery time."""

    correlation_id: UUID
    """UUID v7 of this delivery (also in `x-ai-memory-correlation-id`); echo it in the ACK."""

    target_id: str
    """Target memory of the link."""

    relation: str
    """Relation of the link (as sent to the tool)."""

    valid_until: str
    """New end of validity."""

    previous_valid_until: str | None = None
    """Previous end of validity (omitted on a first invalidation)."""
