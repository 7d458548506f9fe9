"""An `approval_requested` delivery. Envelope keys come first, then the event's details flattened in."""

from __future__ import annotations

from typing import Literal
from uuid import UUID

from ..types import BaseModel, DateTime


class WebhookApprovalRequestedEvent(BaseModel):
    """An `approval_requested` delivery. Envelope keys come first, then the event's details flattened in."""

    event: Literal["approval_requested"]
    """Always `approval_requested`."""

    memory_id: str
    """The pending action id; for `delete`/`promote` the raw body repeats this key with the target
    memory id, which last-wins JSON parsers return instead."""

    namespace: str
    """Namespace of the event."""

    agent_id: None | str
    """Agent that caused the event, or `null`."""

    delivered_at: DateTime
    """Delivery time."""

    correlation_id: UUID
    """UUID v7 of this delivery (also in `x-ai-memory-correlation-id`); echo it in the ACK."""

    action_type: str
    """Gated action (`store`, `delete`, `promote`, `reflect`, ...)."""

    requested_at: DateTime
    """Request time."""

    status: str
    """Pending action status (`pending`)."""
