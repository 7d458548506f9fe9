"""The namespace policy requires approval above a reflection depth; the reflection was queued as a
pending action."""

from __future__ import annotations

from typing import Literal

from ..types import BaseModel


class MemoryReflectPending(BaseModel):
    """The namespace policy requires approval above a reflection depth; the reflection was queued as a
    pending action."""

    status: Literal["pending"]
    """Always `pending`."""

    pending_id: str
    """Id of the pending action (see `GET /api/v1/pending`)."""

    reason: str
    """Why approval is needed."""

    action: Literal["reflect"]
    """Always `reflect`."""

    namespace: str
    """Target namespace."""

    proposed_depth: int
    """Depth the reflection would have."""

    require_approval_above_depth: int
    """The policy's threshold."""
