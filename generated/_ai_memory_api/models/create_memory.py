"""A memory to create. Unknown fields are ignored."""

from __future__ import annotations

from typing import Any, ClassVar

from ..models.memory_kind import MemoryKind
from ..models.on_conflict import OnConflict
from ..models.scope import Scope
from ..models.source import Source
from ..models.tier import Tier
from ..types import BaseModel, DateTime


class CreateMemory(BaseModel):
    """A memory to create. Unknown fields are ignored."""

    title: str
    """Title; trimmed, not empty, at most 512 characters, no control characters except newline and tab."""

    content: str
    """Content; not blank, at most 65536 bytes, no control characters except newline and tab."""

    tier: Tier | None = None
    """Memory tier. Default TTLs are short 6 h, mid 7 days, long none."""

    namespace: str = "global"
    """Namespace; no spaces, backslashes or control characters, no leading or trailing `/`, no empty,
    `.` or `..` segments, depth at most 8."""

    tags: list[str] | None = None
    """Tags (at most 50)."""

    priority: int = 5
    """Priority 1 to 10."""

    confidence: float = 1.0
    """Confidence 0.0 to 1.0."""

    source: Source | None = None
    """Allowed values of a memory's `source` on create (at most 64 bytes)."""

    expires_at: DateTime | None = None
    """Explicit expiry; must not be in the past. Wins over `ttl_secs` and the tier TTL."""

    ttl_secs: int | None = None
    """Time to live in seconds (at most one year)."""

    metadata: CreateMemoryMetadata | None = None
    """Free-form metadata (an object of at most 65536 bytes serialised, nesting depth at most 32).
    `metadata.agent_id`, if given, must equal the caller."""

    agent_id: str | None = None
    """An agent id (1 to 128 bytes of `[A-Za-z0-9_\\-:@./]`, no `..`, no leading `/`, not a reserved
    id)."""

    scope: Scope | None = None
    """Visibility scope, stored in `metadata.scope`. Absent means `private`."""

    on_conflict: OnConflict | None = None
    """What to do when a memory with the same `(title, namespace)` exists: `error` (409), `merge`
    (upsert) or `version` (store as `"<title> (<n>)"`)."""

    detect_conflicts: bool | None = None
    """Run the LLM contradiction probe (default from the daemon's `autonomous_hooks`)."""

    force: bool = False
    """Bypass the proactive near-duplicate 409."""

    citations: list[Citation] | None = None
    """Citations (at most 64)."""

    source_uri: str | None = None
    """Source document URI with prefix `uri:`, `doc:` or `file:`."""

    source_span: SourceSpan | None = None
    """Byte range in the source document (`start` < `end`)."""

    kind: MemoryKind | None = None
    """Kind of memory."""

    signature: str | None = None
    """Standard-base64 Ed25519 attestation signature; requires `created_at`."""

    created_at: DateTime | None = None
    """Signing time; only together with `signature` (within 300 s of the daemon's clock)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "title": {
            "min_length": 1,
            "max_length": 512,
            "pattern": "^(?=[\\s\\S]*\\S)[^\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f]*$",
        },
        "content": {
            "min_length": 1,
            "max_length": 65536,
            "pattern": "^(?=[\\s\\S]*\\S)[^\\x00-\\x08\\x0b-\\x1f\\x7f-\\x9f]*$",
        },
        "namespace": {"max_length": 512},
        "tags": {"max_items": 50, "items": {"min_length": 1, "max_length": 128}},
        "priority": {"minimum": 1.0, "maximum": 10.0},
        "confidence": {"minimum": 0.0, "maximum": 1.0},
        "ttl_secs": {"minimum": 1.0, "maximum": 31536000.0},
        "agent_id": {
            "min_length": 1,
            "max_length": 128,
            "pattern": "^(?!/)(?!.*\\.\\.)(?!(?:daemon|system|federation-catchup|subscription-dispatch|ai:http-internal|ai:migrate|export-internal|governance-internal)$)[A-Za-z0-9_\\-:@./]+$",
        },
        "citations": {"max_items": 64},
        "source_uri": {"max_length": 4096, "pattern": "^(uri|doc|file):"},
    }


# Imported last: these models refer back to this one.
from ..models.citation import Citation  # noqa: E402
from ..models.create_memory_metadata import CreateMemoryMetadata  # noqa: E402
from ..models.source_span import SourceSpan  # noqa: E402
