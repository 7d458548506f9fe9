"""`allow` (no enabled rule refuses), `refuse` or `warn` (with the rule)."""

from __future__ import annotations

from ..models.agent_action_decision_decision import AgentActionDecisionDecision
from ..types import BaseModel


class AgentActionDecision(BaseModel):
    """`allow` (no enabled rule refuses), `refuse` or `warn` (with the rule)."""

    decision: AgentActionDecisionDecision
    """The outcome."""

    rule_id: str | None = None
    """The matching rule (`refuse`, `warn`)."""

    reason: str | None = None
    """Its reason (`refuse`, `warn`)."""
