"""A subscription row."""

from __future__ import annotations

from ..types import BaseModel, DateTime


class Subscription(BaseModel):
    """A subscription row."""

    id: str
    """Subscription id."""

    url: str
    """Delivery URL."""

    events: str
    """Comma-separated events (a string, not a list)."""

    created_at: DateTime
    """Creation time."""

    dispatch_count: int
    """Successful deliveries."""

    failure_count: int
    """Failed deliveries."""

    namespace: None | str = None
    """Same as `namespace_filter`."""

    namespace_filter: None | str = None
    """Namespace filter."""

    agent_filter: None | str = None
    """Agent filter."""

    agent_id: None | str = None
    """Owner."""

    created_by: None | str = None
    """Creator."""
