"""The MCP session-start bundle plus `session_id`."""

from __future__ import annotations

from ..types import BaseModel


class SessionStartResponse(BaseModel):
    """The MCP session-start bundle plus `session_id`."""

    session_id: str
    """Session id (a fresh UUID unless the tool supplied one)."""
