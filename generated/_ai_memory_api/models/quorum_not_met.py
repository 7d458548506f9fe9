"""503 when a quorum write was not acknowledged by enough peers."""

from __future__ import annotations

from typing import Literal

from ..models.quorum_not_met_reason import QuorumNotMetReason
from ..types import BaseModel


class QuorumNotMet(BaseModel):
    """503 when a quorum write was not acknowledged by enough peers."""

    error: Literal["quorum_not_met"]
    """Always `quorum_not_met`."""

    got: int
    """Acknowledgements received."""

    needed: int
    """Acknowledgements needed."""

    reason: QuorumNotMetReason
    """Why the quorum failed."""
