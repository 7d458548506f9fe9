"""A stored memory (26 fields in v0.7.0). `last_accessed_at`, `expires_at`, `entity_id`,
`persona_version`, `source_uri`, `source_span`, `confidence_signals` and
`confidence_decayed_at` are omitted when unset (never `null`)."""

from __future__ import annotations

from ..models.confidence_source import ConfidenceSource
from ..models.memory_kind import MemoryKind
from ..models.tier import Tier
from ..types import BaseModel, DateTime


class Memory(BaseModel):
    """A stored memory (26 fields in v0.7.0). `last_accessed_at`, `expires_at`, `entity_id`,
    `persona_version`, `source_uri`, `source_span`, `confidence_signals` and
    `confidence_decayed_at` are omitted when unset (never `null`)."""

    id: str
    """Memory id (UUID v4 for memories created by the daemon; imported rows keep their id)."""

    tier: Tier
    """Memory tier. Default TTLs are short 6 h, mid 7 days, long none."""

    namespace: str
    """Namespace (hierarchical, `/`-separated)."""

    title: str
    """Title."""

    content: str
    """Content."""

    tags: list[str]
    """Tags."""

    priority: int
    """Priority 1 to 10."""

    confidence: float
    """Confidence 0.0 to 1.0."""

    source: str
    """Origin of the memory (one of the `Source` values for memories created over HTTP)."""

    access_count: int
    """Number of recalls that returned this memory."""

    created_at: DateTime
    """Creation time."""

    updated_at: DateTime
    """Last update time."""

    metadata: MemoryMetadata
    """Free-form metadata. Well-known keys are `agent_id` (owner, set by the daemon), `scope`,
    `governance`, `imported_from_agent_id`, `target_agent_id`, `recipient_agent_id` and
    `message_kind`."""

    reflection_depth: int
    """Reflection depth (0 for observations)."""

    memory_kind: MemoryKind
    """Kind of memory."""

    citations: list[Citation]
    """Citations."""

    confidence_source: ConfidenceSource
    """Where a memory's confidence value came from."""

    version: int
    """Optimistic-concurrency version (starts at 1); compare with `If-Match`."""

    last_accessed_at: DateTime | None = None
    """Last recall time. Omitted when never accessed."""

    expires_at: DateTime | None = None
    """Expiry time. Omitted for memories that never expire (tier long)."""

    entity_id: str | None = None
    """Entity this memory is about. Omitted when unset."""

    persona_version: int | None = None
    """Persona version (persona memories). Omitted when unset."""

    source_uri: str | None = None
    """Source document URI (`uri:`, `doc:` or `file:`). Omitted when unset."""

    source_span: SourceSpan | None = None
    """Byte range in the source document (`start` < `end`)."""

    confidence_signals: ConfidenceSignals | None = None
    """Inputs of the derived confidence."""

    confidence_decayed_at: DateTime | None = None
    """When confidence was last decayed. Omitted when never."""


# Imported last: these models refer back to this one.
from ..models.citation import Citation  # noqa: E402
from ..models.confidence_signals import ConfidenceSignals  # noqa: E402
from ..models.memory_metadata import MemoryMetadata  # noqa: E402
from ..models.source_span import SourceSpan  # noqa: E402
