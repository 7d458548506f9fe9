"""Params of the MCP `memory_reflect` tool."""

from __future__ import annotations

from typing import Any, ClassVar

from ..models.tier import Tier
from ..types import BaseModel


class MemoryReflectRequest(BaseModel):
    """Params of the MCP `memory_reflect` tool."""

    source_ids: list[str]
    """The memories reflected on (one `reflects_on` link each); every id must exist."""

    title: str
    """Title of the reflection."""

    content: str
    """Content of the reflection."""

    tier: Tier | None = None
    """Memory tier. Default TTLs are short 6 h, mid 7 days, long none."""

    namespace: str | None = None
    """Target namespace (default the first source's namespace)."""

    priority: int = 5
    """Priority 1 to 10."""

    confidence: float = 1.0
    """Confidence 0.0 to 1.0."""

    tags: list[str] | None = None
    """Tags (at most 50; non-string items are dropped)."""

    metadata: MemoryReflectRequestMetadata | None = None
    """Metadata merged with the reflection metadata (caller keys win); `metadata.agent_id` is the
    writer when `agent_id` is absent."""

    depth: int | None = None
    """Expected reflection depth; must equal 1 + the deepest source's depth (400
    `CALLER_DEPTH_MISMATCH` otherwise)."""

    agent_id: str | None = None
    """An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`, not a reserved
    id)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "source_ids": {"min_items": 1, "items": {"min_length": 1, "max_length": 128}},
        "title": {"min_length": 1, "max_length": 512},
        "content": {"min_length": 1, "max_length": 65536},
        "namespace": {"max_length": 512},
        "priority": {"minimum": 1.0, "maximum": 10.0},
        "confidence": {"minimum": 0.0, "maximum": 1.0},
        "tags": {"max_items": 50, "items": {"min_length": 1, "max_length": 128}},
        "depth": {"minimum": 0.0},
        "agent_id": {
            "min_length": 1,
            "max_length": 128,
            "pattern": "^(?!/)(?!.*\\.\\.)(?!(?:daemon|system|federation-catchup|subscription-dispatch|ai:http-internal|ai:migrate|export-internal|governance-internal)$)[A-Za-z0-9_\\-:@./]+$",
        },
    }


# Imported last: these models refer back to this one.
from ..models.memory_reflect_request_metadata import MemoryReflectRequestMetadata  # noqa: E402
