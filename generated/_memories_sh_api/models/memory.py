"""A memory record (`StructuredMemory`). All keys are always present except `graph`.
Timestamps are strings in **two formats**: ISO `YYYY-MM-DDTHH:MM:SS.sssZ` for rows written
by the service, and SQLite `YYYY-MM-DD HH:MM:SS` (UTC, no zone) for rows created by
database defaults or the CLI; they therefore carry `format: timestamp` (this spec's
format for "RFC 3339, or SQL `YYYY-MM-DD HH:MM:SS` in UTC") rather than `date-time`, and
must be parsed leniently."""

from __future__ import annotations

from typing import Any

from pydantic import Field

from ..models.memory_layer import MemoryLayer
from ..models.memory_type import MemoryType
from ..models.record_scope import RecordScope
from ..types import BaseModel, Timestamp


class Memory(BaseModel):
    """A memory record (`StructuredMemory`). All keys are always present except `graph`.
    Timestamps are strings in **two formats**: ISO `YYYY-MM-DDTHH:MM:SS.sssZ` for rows written
    by the service, and SQLite `YYYY-MM-DD HH:MM:SS` (UTC, no zone) for rows created by
    database defaults or the CLI; they therefore carry `format: timestamp` (this spec's
    format for "RFC 3339, or SQL `YYYY-MM-DD HH:MM:SS` in UTC") rather than `date-time`, and
    must be parsed leniently."""

    id: None | str
    """Opaque id, at most 64 characters. Service-created ids are 12 lowercase hex characters
    (e.g. `3f9a1c0d2b7e`, no `mem_` prefix); CLI-created ids are nanoid(12)
    (`[A-Za-z0-9_-]{12}`). Null only for malformed rows."""

    content: str
    """The memory text."""

    type: MemoryType
    """Memory type. Requests accept exactly these five values (default `note` on add). In
    responses the raw stored value is passed through, so rows written by other tools may carry
    other strings; SDK enums are open and keep unknown values."""

    layer: MemoryLayer
    """Injection layer: `rule` (always-on), `working` (short-lived, expires after the server's
    TTL, 24 h by default) or `long_term`. In responses, a missing or invalid stored layer is
    derived from the type (`rule` → `rule`, otherwise `long_term`)."""

    expires_at: Timestamp | None = Field(alias="expiresAt")
    """Expiry time, set only for `working` memories (write time + the working-memory TTL); ISO string."""

    scope: RecordScope
    """Storage scope of a memory or skill file; `project` iff a projectId was given on write."""

    project_id: None | str = Field(alias="projectId")
    """The project the memory belongs to, or null for global memories."""

    tags: list[str]
    """Tags. Stored comma-joined, so a comma inside a tag splits it on read."""

    paths: list[str]
    """File glob patterns the memory applies to (comma-joined storage, as tags)."""

    category: None | str
    """Category, or null."""

    metadata: list[Any] | MemoryMetadataType0 | None
    """Structured metadata stored as JSON: a JSON object (or an array, which only other
    writers can store), or null when absent or when the stored value is a scalar or
    unparsable."""

    created_at: Timestamp | None = Field(alias="createdAt")
    """Creation time, ISO-Z or SQLite `YYYY-MM-DD HH:MM:SS` (see the schema description)."""

    updated_at: Timestamp | None = Field(alias="updatedAt")
    """Last update time, ISO-Z or SQLite `YYYY-MM-DD HH:MM:SS`."""

    graph: GraphExplainability | None = None
    """Why a memory was added by graph expansion. Present (as `Memory.graph`) only on memories
    added by graph expansion in `context/get` and `graph/trace`."""


# Imported last: these models refer back to this one.
from ..models.graph_explainability import GraphExplainability  # noqa: E402
from ..models.memory_metadata_type_0 import MemoryMetadataType0  # noqa: E402
