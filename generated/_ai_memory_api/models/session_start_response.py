"""The MCP session-start bundle plus `session_id`."""

from __future__ import annotations

from ..types import BaseModel


class SessionStartResponse(BaseModel):
    """The MCP session-start bundle plus `session_id`."""

    session_id: str
    """Session id (a fresh UUID unless the tool supplied one)."""

    memories: list[RecallMemory]
    """The most recent memories of the namespace visible to the caller (`score` is 0)."""

    count: int
    """Number of memories."""

    mode: str
    """Always `session_start`."""

    summary: str | None = None
    """LLM summary of the memories (only with an LLM configured)."""

    standard: Memory | None = None
    """A stored memory (26 fields in v0.7.0). `last_accessed_at`, `expires_at`, `entity_id`,
    `persona_version`, `source_uri`, `source_span`, `confidence_signals` and
    `confidence_decayed_at` are omitted when unset (never `null`)."""

    standards: list[Memory] | None = None
    """The standard memories along the chain (more than one); they are left out of `memories`."""

    agent_id: str | None = None
    """The body's `agent_id`, echoed when given."""


# Imported last: these models refer back to this one.
from ..models.memory import Memory  # noqa: E402
from ..models.recall_memory import RecallMemory  # noqa: E402
