"""Result of `POST /api/v1/approvals/{pending_id}` (approve fields or reject fields, plus `remember`)."""

from __future__ import annotations

from ..models.remember_mode import RememberMode
from ..types import BaseModel


class DecisionResult(BaseModel):
    """Result of `POST /api/v1/approvals/{pending_id}` (approve fields or reject fields, plus `remember`)."""

    id: str
    """Pending action id."""

    approved: bool | None = None
    """Set on approve."""

    rejected: bool | None = None
    """Set on deny."""

    decided_by: str | None = None
    """Deciding agent."""

    executed: bool | None = None
    """Whether the action ran (approve)."""

    memory_id: None | str = None
    """Memory affected (approve)."""

    status: str | None = None
    """`pending` when the vote left a consensus policy short of its quorum."""

    votes: int | None = None
    """Votes so far (quorum not reached)."""

    quorum: int | None = None
    """Votes needed (quorum not reached)."""

    remember: RememberMode | None = None
    """How long an approval decision is remembered."""
