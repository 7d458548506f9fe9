"""202 when a governance policy queued the action for approval. Has no memory `id`."""

from __future__ import annotations

from typing import Literal

from ..models.governance_pending_action import GovernancePendingAction
from ..types import BaseModel


class GovernancePending(BaseModel):
    """202 when a governance policy queued the action for approval. Has no memory `id`."""

    status: Literal["pending"]
    """Always `pending`."""

    pending_id: str
    """Id of the pending action (see `GET /api/v1/pending`)."""

    reason: str
    """`governance requires approval`."""

    action: GovernancePendingAction
    """The queued action."""

    namespace: str | None = None
    """Target namespace (store)."""

    memory_id: str | None = None
    """Target memory (delete, promote)."""
