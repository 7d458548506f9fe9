"""A decision on a pending action."""

from __future__ import annotations

from ..models.approval_decision_request_decision import ApprovalDecisionRequestDecision
from ..models.remember_mode import RememberMode
from ..types import BaseModel


class ApprovalDecisionRequest(BaseModel):
    """A decision on a pending action."""

    decision: ApprovalDecisionRequestDecision
    """The decision."""

    remember: RememberMode | None = None
    """How long an approval decision is remembered."""
