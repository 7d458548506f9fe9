"""The action was approved and executed."""

from __future__ import annotations

from ..types import BaseModel


class ApproveResult(BaseModel):
    """The action was approved and executed."""

    approved: bool
    """Always true."""

    id: str
    """Pending action id."""

    decided_by: str
    """Approving agent."""

    executed: bool
    """Whether the action ran."""

    memory_id: None | str = None
    """Memory affected or created."""
