"""Response of `GET /api/v1/memories/{id}`."""

from __future__ import annotations

from ..types import BaseModel


class GetMemoryResponse(BaseModel):
    """Response of `GET /api/v1/memories/{id}`."""

    memory: Memory
    """A stored memory (26 fields in v0.7.0). `last_accessed_at`, `expires_at`, `entity_id`,
    `persona_version`, `source_uri`, `source_span`, `confidence_signals` and
    `confidence_decayed_at` are omitted when unset (never `null`)."""

    links: list[MemoryLink]
    """Links where the memory is the source or the target."""


# Imported last: these models refer back to this one.
from ..models.memory import Memory  # noqa: E402
from ..models.memory_link import MemoryLink  # noqa: E402
