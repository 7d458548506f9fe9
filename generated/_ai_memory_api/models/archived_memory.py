"""An archived memory, i.e. the memory fields plus `archived_at` and `archive_reason`. Which memory
fields an archived row carries is not pinned down by the reference, so only `id` and `archived_at`
are required and the object is open."""

from __future__ import annotations

from ..models.tier import Tier
from ..types import BaseModel, DateTime


class ArchivedMemory(BaseModel):
    """An archived memory, i.e. the memory fields plus `archived_at` and `archive_reason`. Which memory
    fields an archived row carries is not pinned down by the reference, so only `id` and `archived_at`
    are required and the object is open."""

    id: str
    """Memory id."""

    archived_at: DateTime
    """When the memory was archived."""

    tier: Tier | None = None
    """Memory tier. Default TTLs are short 6 h, mid 7 days, long none."""

    namespace: str | None = None
    """Namespace."""

    title: str | None = None
    """Title."""

    content: str | None = None
    """Content."""

    archive_reason: str | None = None
    """Why it was archived."""
