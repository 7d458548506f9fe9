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

    standard: OpenObject | None = None
    """A JSON object whose shape is not fixed by this document (MCP tool params or output, or a shape
    not determined from the server source)."""

    standards: list[OpenObject] | None = None
    """The namespace standards along the chain (more than one)."""

    agent_id: str | None = None
    """The body's `agent_id`, echoed when given."""


# Imported last: these models refer back to this one.
from ..models.open_object import OpenObject  # noqa: E402
from ..models.recall_memory import RecallMemory  # noqa: E402
