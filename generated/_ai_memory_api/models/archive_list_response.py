"""Archived memories."""

from __future__ import annotations

from ..types import BaseModel


class ArchiveListResponse(BaseModel):
    """Archived memories."""

    archived: list[ArchivedMemory]
    """The rows."""

    count: int
    """Number of rows."""


# Imported last: these models refer back to this one.
from ..models.archived_memory import ArchivedMemory  # noqa: E402
