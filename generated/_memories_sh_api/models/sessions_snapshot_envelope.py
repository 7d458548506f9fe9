"""Success envelope of `GET /api/sdk/v1/sessions/{sessionId}/snapshot`."""

from __future__ import annotations

from ..types import BaseModel


class SessionsSnapshotEnvelope(BaseModel):
    """Success envelope of `GET /api/sdk/v1/sessions/{sessionId}/snapshot`."""

    ok: bool
    """Always true on success."""

    data: SessionsSnapshotData
    """Data of `GET /api/sdk/v1/sessions/{sessionId}/snapshot`."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.meta import Meta  # noqa: E402
from ..models.sessions_snapshot_data import SessionsSnapshotData  # noqa: E402
