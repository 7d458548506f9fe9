"""A delivery that failed after every retry."""

from __future__ import annotations

from ..types import BaseModel


class DeadLetter(BaseModel):
    """A delivery that failed after every retry."""

    id: int
    """Row id."""

    subscription_id: str
    """The subscription."""

    correlation_id: str
    """Delivery correlation id."""

    event_type: str
    """The event."""

    payload: str
    """The body that was not delivered, as JSON text."""

    retry_count: int
    """Attempts made."""

    last_error: str
    """The last failure."""

    first_failed_at: str
    """First failure (RFC 3339)."""

    last_failed_at: str
    """Last failure (RFC 3339)."""
