"""One consensus vote."""

from __future__ import annotations

from ..types import BaseModel, Timestamp


class Approval(BaseModel):
    """One consensus vote."""

    agent_id: str
    """Voting agent."""

    approved_at: Timestamp
    """Vote time."""
