"""A `memory_promote` delivery. Envelope keys come first, then the event's details flattened in."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from ..models.tier import Tier
from ..types import BaseModel, DateTime


class WebhookMemoryPromoteEvent(BaseModel):
    """A `memory_promote` delivery. Envelope keys come first, then the event's details flattened in."""

    event: Literal["memory_promote"]
    """Always `memory_promote`."""

    memory_id: str
    """The promoted memory."""

    namespace: str
    """Namespace of the event."""

    agent_id: None | str
    """Agent that caused the event, or `null`."""

    delivered_at: DateTime
    """Delivery time."""

    correlation_id: UUID
    """UUID v7 of this delivery (also in `x-ai-memory-correlation-id`); echo it in the ACK."""

    mode: str
    """Promotion mode (`tier` for a tier promotion)."""

    tier: Tier | None = None
    """Memory tier. Default TTLs are short 6 h, mid 7 days, long none."""

    to_namespace: str | None = None
    """Target namespace (namespace promotion)."""

    clone_id: str | None = None
    """Id of the clone (namespace promotion)."""
