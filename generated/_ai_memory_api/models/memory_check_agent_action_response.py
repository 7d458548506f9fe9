"""The decision on the action."""

from __future__ import annotations

from ..types import BaseModel


class MemoryCheckAgentActionResponse(BaseModel):
    """The decision on the action."""

    decision: AgentActionDecision
    """`allow` (no enabled rule refuses), `refuse` or `warn` (with the rule)."""

    kind: str
    """The kind as sent."""

    agent_id: str
    """The agent (`anonymous:mcp` when not given)."""


# Imported last: these models refer back to this one.
from ..models.agent_action_decision import AgentActionDecision  # noqa: E402
