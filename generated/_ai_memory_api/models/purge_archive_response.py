"""Purge result."""

from __future__ import annotations

from ..models.purge_archive_response_owner_scope import PurgeArchiveResponseOwnerScope
from ..types import BaseModel


class PurgeArchiveResponse(BaseModel):
    """Purge result."""

    purged: int
    """Rows purged."""

    owner_scope: PurgeArchiveResponseOwnerScope
    """`admin` (all rows) or `caller` (own rows only)."""
