"""An event recorded in a session."""

from __future__ import annotations

from pydantic import Field

from ..models.session_event_kind import SessionEventKind
from ..models.session_event_role import SessionEventRole
from ..types import BaseModel, Timestamp


class SessionEvent(BaseModel):
    """An event recorded in a session."""

    id: str
    """Event id (12 lowercase hex characters)."""

    session_id: str = Field(alias="sessionId")
    """Session id."""

    role: SessionEventRole
    """Who produced a session event."""

    kind: SessionEventKind
    """Kind of a session event."""

    content: str
    """Event content."""

    token_count: int | None = Field(alias="tokenCount")
    """Token count, or null."""

    turn_index: int | None = Field(alias="turnIndex")
    """Turn index, or null."""

    is_meaningful: bool = Field(alias="isMeaningful")
    """Whether the event is meaningful for compaction."""

    created_at: Timestamp = Field(alias="createdAt")
    """Event time."""
