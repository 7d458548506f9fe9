"""A session snapshot (transcript)."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel, Timestamp


class SessionSnapshot(BaseModel):
    """A session snapshot (transcript)."""

    id: str
    """Snapshot id."""

    session_id: str = Field(alias="sessionId")
    """Session id."""

    slug: str
    """Snapshot slug."""

    source_trigger: str = Field(alias="sourceTrigger")
    """What produced it, e.g. `new_session`, `reset`, `manual`, `auto_compaction`."""

    transcript_md: str = Field(alias="transcriptMd")
    """The transcript as Markdown."""

    message_count: int = Field(alias="messageCount")
    """Number of messages in the transcript."""

    created_at: Timestamp = Field(alias="createdAt")
    """Snapshot time."""
