"""Data of `POST /api/sdk/v1/sessions/start`."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class SessionsStartData(BaseModel):
    """Data of `POST /api/sdk/v1/sessions/start`."""

    session_id: str = Field(alias="sessionId")
    """The new session's id."""

    message: str
    """`Started session <id>`."""

    session: Session
    """A lifecycle session."""


# Imported last: these models refer back to this one.
from ..models.session import Session  # noqa: E402
