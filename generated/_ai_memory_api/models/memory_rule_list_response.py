"""Agent-action governance rules, by id."""

from __future__ import annotations

from ..types import BaseModel


class MemoryRuleListResponse(BaseModel):
    """Agent-action governance rules, by id."""

    count: int
    """Number of rules."""

    rules: list[AgentActionRule]
    """The rules (a new daemon has the seed rules R001-R004, disabled)."""


# Imported last: these models refer back to this one.
from ..models.agent_action_rule import AgentActionRule  # noqa: E402
