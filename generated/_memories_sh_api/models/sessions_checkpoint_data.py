"""Data of `POST /api/sdk/v1/sessions/checkpoint`."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class SessionsCheckpointData(BaseModel):
    """Data of `POST /api/sdk/v1/sessions/checkpoint`."""

    session_id: str = Field(alias="sessionId")
    """Session id."""

    event_id: str = Field(alias="eventId")
    """The new event's id."""

    message: str
    """`Checkpointed session <id>`."""

    event: SessionEvent
    """An event recorded in a session."""


# Imported last: these models refer back to this one.
from ..models.session_event import SessionEvent  # noqa: E402
