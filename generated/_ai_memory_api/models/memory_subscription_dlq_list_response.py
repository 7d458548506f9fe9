"""Dead-lettered deliveries of the caller's subscriptions."""

from __future__ import annotations

from ..types import BaseModel


class MemorySubscriptionDlqListResponse(BaseModel):
    """Dead-lettered deliveries of the caller's subscriptions."""

    count: int
    """Number of entries."""

    subscription_id: None | str
    """The filter as sent, or `null`."""

    limit: int
    """Limit used (after clamping)."""

    entries: list[DeadLetter]
    """The dead letters."""


# Imported last: these models refer back to this one.
from ..models.dead_letter import DeadLetter  # noqa: E402
