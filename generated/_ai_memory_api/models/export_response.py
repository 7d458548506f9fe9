"""Full export."""

from __future__ import annotations

from ..types import BaseModel, DateTime


class ExportResponse(BaseModel):
    """Full export."""

    memories: list[Memory]
    """All memories."""

    links: list[MemoryLink]
    """All links."""

    count: int
    """Number of memories."""

    exported_at: DateTime
    """Export time."""


# Imported last: these models refer back to this one.
from ..models.memory import Memory  # noqa: E402
from ..models.memory_link import MemoryLink  # noqa: E402
