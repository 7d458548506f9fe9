"""A lifecycle session."""

from __future__ import annotations

from pydantic import Field

from ..models.record_scope import RecordScope
from ..models.session_status import SessionStatus
from ..types import BaseModel, Timestamp


class Session(BaseModel):
    """A lifecycle session."""

    id: str
    """Session id (12 lowercase hex characters)."""

    scope: RecordScope
    """Storage scope of a memory or skill file; `project` iff a projectId was given on write."""

    project_id: None | str = Field(alias="projectId")
    """The project, or null."""

    user_id: None | str = Field(alias="userId")
    """The user, or null."""

    client: None | str
    """The client name given at start, or null."""

    status: SessionStatus
    """Lifecycle status of a session."""

    title: None | str
    """The title given at start, or null."""

    started_at: Timestamp = Field(alias="startedAt")
    """Start time."""

    last_activity_at: Timestamp = Field(alias="lastActivityAt")
    """Time of the last checkpoint (or the start)."""

    ended_at: Timestamp | None = Field(alias="endedAt")
    """End time, or null while active."""

    metadata: None | SessionMetadataType0
    """The metadata given at start, or null."""


# Imported last: these models refer back to this one.
from ..models.session_metadata_type_0 import SessionMetadataType0  # noqa: E402
