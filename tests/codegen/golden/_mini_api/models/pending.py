"""Pending approval."""

from __future__ import annotations

from ..types import BaseModel


class Pending(BaseModel):
    """Pending approval."""

    status: Literal[pending]
    """Always pending."""

    pending_id: str
    """Id."""
