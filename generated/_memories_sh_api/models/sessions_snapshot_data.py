"""Data of `GET /api/sdk/v1/sessions/{sessionId}/snapshot`."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class SessionsSnapshotData(BaseModel):
    """Data of `GET /api/sdk/v1/sessions/{sessionId}/snapshot`."""

    session_id: str = Field(alias="sessionId")
    """Session id."""

    message: str
    """`Latest snapshot for session <id>`."""

    snapshot: SessionSnapshot
    """A session snapshot (transcript)."""


# Imported last: these models refer back to this one.
from ..models.session_snapshot import SessionSnapshot  # noqa: E402
