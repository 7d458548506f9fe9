"""Data of `POST /api/sdk/v1/sessions/end`."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class SessionsEndData(BaseModel):
    """Data of `POST /api/sdk/v1/sessions/end`."""

    session_id: str = Field(alias="sessionId")
    """Session id."""

    message: str
    """`Ended session <id> as <status>`."""

    session: Session
    """A lifecycle session."""


# Imported last: these models refer back to this one.
from ..models.session import Session  # noqa: E402
