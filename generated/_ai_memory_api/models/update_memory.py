"""Partial update; absent fields are unchanged."""

from __future__ import annotations

from typing import Any, ClassVar

from ..models.tier import Tier
from ..types import BaseModel, DateTime


class UpdateMemory(BaseModel):
    """Partial update; absent fields are unchanged."""

    title: str | None = None
    """New title."""

    content: str | None = None
    """New content."""

    tier: Tier | None = None
    """Memory tier. Default TTLs are short 6 h, mid 7 days, long none."""

    namespace: str | None = None
    """New namespace."""

    tags: list[str] | None = None
    """New tags (replace the old ones)."""

    priority: int | None = None
    """New priority."""

    confidence: float | None = None
    """New confidence."""

    expires_at: DateTime | None = None
    """New expiry (may be in the past)."""

    metadata: UpdateMemoryMetadata | None = None
    """New metadata (`agent_id` is preserved)."""

    source_uri: str | None = None
    """New source URI."""

    agent_id: str | None = None
    """An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`, not a reserved
    id)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "title": {"min_length": 1, "max_length": 512},
        "content": {"min_length": 1, "max_length": 65536},
        "namespace": {"max_length": 512},
        "tags": {"max_items": 50, "items": {"min_length": 1, "max_length": 128}},
        "priority": {"minimum": 1.0, "maximum": 10.0},
        "confidence": {"minimum": 0.0, "maximum": 1.0},
        "source_uri": {"max_length": 4096, "pattern": "^(uri|doc|file):"},
        "agent_id": {
            "min_length": 1,
            "max_length": 128,
            "pattern": "^(?!/)(?!.*\\.\\.)(?!(?:daemon|system|federation-catchup|subscription-dispatch|ai:http-internal|ai:migrate|export-internal|governance-internal)$)[A-Za-z0-9_\\-:@./]+$",
        },
    }


# Imported last: these models refer back to this one.
from ..models.update_memory_metadata import UpdateMemoryMetadata  # noqa: E402
