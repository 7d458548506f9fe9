"""A registered agent."""

from __future__ import annotations

from ..types import BaseModel, Timestamp


class AgentRegistration(BaseModel):
    """A registered agent."""

    agent_id: str
    """Agent id."""

    agent_type: str
    """Agent type."""

    capabilities: list[str]
    """Capabilities."""

    registered_at: Timestamp
    """Registration time."""

    last_seen_at: Timestamp
    """Last activity time."""
