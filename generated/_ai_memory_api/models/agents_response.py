"""Registered agents."""

from __future__ import annotations

from ..types import BaseModel


class AgentsResponse(BaseModel):
    """Registered agents."""

    count: int
    """Number of agents."""

    agents: list[AgentRegistration]
    """The agents."""


# Imported last: these models refer back to this one.
from ..models.agent_registration import AgentRegistration  # noqa: E402
