"""Registration result."""

from __future__ import annotations

from ..types import BaseModel


class RegisterAgentResponse(BaseModel):
    """Registration result."""

    registered: bool
    """Always true."""

    id: str
    """Id of the registration memory."""

    agent_id: str
    """Agent id."""

    agent_type: str
    """Agent type."""

    capabilities: list[str]
    """Capabilities."""
