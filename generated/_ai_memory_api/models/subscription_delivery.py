"""One recorded webhook delivery."""

from __future__ import annotations

from ..types import BaseModel


class SubscriptionDelivery(BaseModel):
    """One recorded webhook delivery."""

    id: int
    """Row id."""

    subscription_id: str
    """The subscription."""

    correlation_id: str
    """Delivery correlation id."""

    event_type: str
    """The event."""

    payload: str
    """The delivered body, as JSON text."""

    delivered_at: str
    """When it was sent (RFC 3339)."""

    delivery_status: str
    """Outcome of the delivery."""
