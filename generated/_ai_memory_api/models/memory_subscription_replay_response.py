"""The subscription's recorded deliveries since `since`, oldest first (none unless the caller owns it)."""

from __future__ import annotations

from ..types import BaseModel


class MemorySubscriptionReplayResponse(BaseModel):
    """The subscription's recorded deliveries since `since`, oldest first (none unless the caller owns it)."""

    subscription_id: str
    """As sent."""

    since: str
    """As sent."""

    count: int
    """Number of events."""

    events: list[SubscriptionDelivery]
    """The deliveries."""


# Imported last: these models refer back to this one.
from ..models.subscription_delivery import SubscriptionDelivery  # noqa: E402
