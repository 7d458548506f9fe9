"""Subscriptions."""

from __future__ import annotations

from ..types import BaseModel


class SubscriptionsResponse(BaseModel):
    """Subscriptions."""

    count: int
    """Number of rows."""

    subscriptions: list[Subscription]
    """The rows."""


# Imported last: these models refer back to this one.
from ..models.subscription import Subscription  # noqa: E402
