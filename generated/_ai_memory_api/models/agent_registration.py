"""A registered agent."""

from __future__ import annotations

from ..types import BaseModel, DateTime


class AgentRegistration(BaseModel):
    """A registered agent."""

    agent_id: str
    """Agent id."""

    agent_type: str
    """Agent type."""

    capabilities: list[str]
    """Capabilities."""

    registered_at: DateTime
    """Registration time."""

    last_seen_at: DateTime
    """Last activity time."""
