"""A `memory_link_created` delivery. Envelope keys come first, then the event's details flattened in."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from ..models.link_relation import LinkRelation
from ..types import BaseModel, DateTime


class WebhookMemoryLinkCreatedEvent(BaseModel):
    """A `memory_link_created` delivery. Envelope keys come first, then the event's details flattened in."""

    event: Literal["memory_link_created"]
    """Always `memory_link_created`."""

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

    relation: LinkRelation
    """Relation of a link."""
