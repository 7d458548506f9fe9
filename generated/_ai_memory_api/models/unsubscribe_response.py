"""Unsubscribe result."""

from __future__ import annotations

from ..types import BaseModel


class UnsubscribeResponse(BaseModel):
    """Unsubscribe result."""

    id: str
    """Subscription id."""

    removed: bool
    """Whether a row was deleted."""
