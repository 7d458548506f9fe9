"""One consensus vote."""

from __future__ import annotations

from ..types import BaseModel, DateTime


class Approval(BaseModel):
    """One consensus vote."""

    agent_id: str
    """Voting agent."""

    approved_at: DateTime
    """Vote time."""
