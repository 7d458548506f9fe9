"""The MCP session-start bundle plus `session_id`."""

from __future__ import annotations

from ..types import BaseModel


class SessionStartResponse(BaseModel):
    """The MCP session-start bundle plus `session_id`."""

    memories: list[Memory]
    """The session's memories; the daemon adds `score` 0.0 to each (kept as an extra key)."""

    count: int
    """Number of memories."""

    session_id: str
    """Session id (a fresh UUID)."""

    mode: str | None = None
    """Always `session_start` (the daemon always sends it)."""

    agent_id: str | None = None
    """Echo of the body `agent_id`, when given."""

    standard: SessionStartResponseStandard | None = None
    """The namespace standard, when exactly one applies."""

    summary: str | None = None
    """LLM summary (only with an LLM configured)."""


# Imported last: these models refer back to this one.
from ..models.memory import Memory  # noqa: E402
from ..models.session_start_response_standard import SessionStartResponseStandard  # noqa: E402
