"""A governance-gated action awaiting (or past) a decision."""

from __future__ import annotations

from typing import Any

from ..types import BaseModel, DateTime


class PendingAction(BaseModel):
    """A governance-gated action awaiting (or past) a decision."""

    id: str
    """Pending action id."""

    action_type: str
    """Gated action (`store`, `delete`, `promote`, ...)."""

    memory_id: None | str
    """Target memory (always present; `null` for a store)."""

    namespace: str
    """Namespace."""

    payload: Any
    """The action's payload (for a store, the memory to create)."""

    requested_by: str
    """Requesting agent."""

    requested_at: DateTime
    """Request time."""

    status: str
    """Status (`pending`, `approved`, `rejected`, ...)."""

    approvals: list[Approval]
    """Consensus votes (empty for human or single-agent approval)."""

    decided_by: str | None = None
    """Deciding agent. Omitted until decided."""

    decided_at: DateTime | None = None
    """Decision time. Omitted until decided."""


# Imported last: these models refer back to this one.
from ..models.approval import Approval  # noqa: E402
