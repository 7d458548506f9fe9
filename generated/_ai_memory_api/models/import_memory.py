"""A full memory object to import (as produced by `export`); the v0.7.0 fields not listed as required
default as in `Memory`."""

from __future__ import annotations

from typing import Any, ClassVar

from ..models.confidence_source import ConfidenceSource
from ..models.memory_kind import MemoryKind
from ..models.tier import Tier
from ..types import BaseModel, DateTime


class ImportMemory(BaseModel):
    """A full memory object to import (as produced by `export`); the v0.7.0 fields not listed as required
    default as in `Memory`."""

    id: str
    """Memory id (kept)."""

    tier: Tier
    """Memory tier. Default TTLs are short 6 h, mid 7 days, long none."""

    namespace: str
    """Namespace."""

    title: str
    """Title."""

    content: str
    """Content."""

    tags: list[str]
    """Tags."""

    priority: int
    """Priority."""

    confidence: float
    """Confidence."""

    source: str
    """Source."""

    access_count: int
    """Access count."""

    created_at: DateTime
    """Creation time."""

    updated_at: DateTime
    """Last update time."""

    last_accessed_at: DateTime | None = None
    """Last access time."""

    expires_at: DateTime | None = None
    """Expiry time."""

    metadata: ImportMemoryMetadata | None = None
    """Metadata (`agent_id` is re-stamped to the caller)."""

    reflection_depth: int = 0
    """Reflection depth."""

    memory_kind: MemoryKind | None = None
    """Kind of memory."""

    entity_id: str | None = None
    """Entity id."""

    persona_version: int | None = None
    """Persona version."""

    citations: list[Citation] | None = None
    """Citations."""

    source_uri: str | None = None
    """Source URI."""

    source_span: SourceSpan | None = None
    """Byte range in the source document (`start` < `end`)."""

    confidence_source: ConfidenceSource | None = None
    """Where a memory's confidence value came from."""

    confidence_signals: ConfidenceSignals | None = None
    """Inputs of the derived confidence."""

    confidence_decayed_at: DateTime | None = None
    """Last decay time."""

    version: int = 1
    """Version."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "id": {"max_length": 128},
        "namespace": {"max_length": 512},
        "title": {"min_length": 1, "max_length": 512},
        "content": {"min_length": 1, "max_length": 65536},
        "tags": {"max_items": 50, "items": {"min_length": 1, "max_length": 128}},
        "priority": {"minimum": 1.0, "maximum": 10.0},
        "confidence": {"minimum": 0.0, "maximum": 1.0},
        "source_uri": {"max_length": 4096},
    }


# Imported last: these models refer back to this one.
from ..models.citation import Citation  # noqa: E402
from ..models.confidence_signals import ConfidenceSignals  # noqa: E402
from ..models.import_memory_metadata import ImportMemoryMetadata  # noqa: E402
from ..models.source_span import SourceSpan  # noqa: E402
