"""Archive result."""

from __future__ import annotations

from ..types import BaseModel


class ArchiveResponse(BaseModel):
    """Archive result."""

    archived: list[str]
    """Archived ids."""

    missing: list[str]
    """Ids that were not found."""

    count: int
    """Number archived."""

    reason: str
    """Reason recorded."""
