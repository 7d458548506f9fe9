"""Success envelope of `POST /api/sdk/v1/sessions/start`."""

from __future__ import annotations

from ..types import BaseModel


class SessionsStartEnvelope(BaseModel):
    """Success envelope of `POST /api/sdk/v1/sessions/start`."""

    ok: bool
    """Always true on success."""

    data: SessionsStartData
    """Data of `POST /api/sdk/v1/sessions/start`."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.meta import Meta  # noqa: E402
from ..models.sessions_start_data import SessionsStartData  # noqa: E402
