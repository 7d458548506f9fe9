"""Consolidation result."""

from __future__ import annotations

from ..types import BaseModel


class ConsolidateResponse(BaseModel):
    """Consolidation result."""

    id: str
    """Id of the new memory."""

    consolidated: int
    """Number of merged memories."""

    summary: str
    """Summary used."""

    content: str
    """Content of the new memory."""

    memory: ConsolidatedMemorySummary
    """Short form of the new memory."""


# Imported last: these models refer back to this one.
from ..models.consolidated_memory_summary import ConsolidatedMemorySummary  # noqa: E402
