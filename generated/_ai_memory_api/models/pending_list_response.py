"""Pending actions."""

from __future__ import annotations

from ..models.pending_list_response_owner_scope import PendingListResponseOwnerScope
from ..types import BaseModel


class PendingListResponse(BaseModel):
    """Pending actions."""

    count: int
    """Number of rows."""

    pending: list[PendingAction]
    """The rows."""

    owner_scope: PendingListResponseOwnerScope | None = None
    """`admin` (all rows) or `caller` (own requests only)."""


# Imported last: these models refer back to this one.
from ..models.pending_action import PendingAction  # noqa: E402
