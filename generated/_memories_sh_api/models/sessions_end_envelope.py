"""Success envelope of `POST /api/sdk/v1/sessions/end`."""

from __future__ import annotations

from ..types import BaseModel


class SessionsEndEnvelope(BaseModel):
    """Success envelope of `POST /api/sdk/v1/sessions/end`."""

    ok: bool
    """Always true on success."""

    data: SessionsEndData
    """Data of `POST /api/sdk/v1/sessions/end`."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.meta import Meta  # noqa: E402
from ..models.sessions_end_data import SessionsEndData  # noqa: E402
