"""Vote recorded; consensus not yet reached."""

from __future__ import annotations

from typing import Literal

from ..models.remember_mode import RememberMode
from ..types import BaseModel


class ConsensusPendingResult(BaseModel):
    """Vote recorded; consensus not yet reached."""

    approved: bool
    """Always false."""

    status: Literal["pending"]
    """Always `pending`."""

    id: str
    """Pending action id."""

    votes: int
    """Votes so far."""

    quorum: int
    """Votes needed."""

    reason: str
    """`consensus threshold not yet reached`."""

    remember: RememberMode | None = None
    """How long an approval decision is remembered."""
