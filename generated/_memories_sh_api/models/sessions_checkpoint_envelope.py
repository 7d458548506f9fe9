"""Success envelope of `POST /api/sdk/v1/sessions/checkpoint`."""

from __future__ import annotations

from ..types import BaseModel


class SessionsCheckpointEnvelope(BaseModel):
    """Success envelope of `POST /api/sdk/v1/sessions/checkpoint`."""

    ok: bool
    """Always true on success."""

    data: SessionsCheckpointData
    """Data of `POST /api/sdk/v1/sessions/checkpoint`."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.meta import Meta  # noqa: E402
from ..models.sessions_checkpoint_data import SessionsCheckpointData  # noqa: E402
