"""The new subscription (the secret is not echoed)."""

from __future__ import annotations

from ..types import BaseModel


class SubscriptionCreated(BaseModel):
    """The new subscription (the secret is not echoed)."""

    id: str
    """Subscription id."""

    url: str
    """Delivery URL."""

    events: str
    """Comma-separated events."""

    namespace_filter: None | str
    """Namespace filter."""

    agent_filter: None | str
    """Agent filter."""

    created_by: str
    """Creator (the caller)."""

    agent_id: str | None = None
    """The caller."""

    namespace: str | None = None
    """The namespace filter (when set)."""
