"""The action was rejected."""

from __future__ import annotations

from ..types import BaseModel


class RejectResult(BaseModel):
    """The action was rejected."""

    rejected: bool
    """Always true."""

    id: str
    """Pending action id."""

    decided_by: str
    """Rejecting agent."""
