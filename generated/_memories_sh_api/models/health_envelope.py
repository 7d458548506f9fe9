"""Success envelope of `GET /api/sdk/v1/health`."""

from __future__ import annotations

from ..types import BaseModel


class HealthEnvelope(BaseModel):
    """Success envelope of `GET /api/sdk/v1/health`."""

    ok: bool
    """Always true on success."""

    data: HealthData
    """Data of `GET /api/sdk/v1/health` (constant while the service is up)."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.health_data import HealthData  # noqa: E402
from ..models.meta import Meta  # noqa: E402
