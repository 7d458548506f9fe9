"""Success envelope of `GET /api/sdk/v1/management/memory/observability`."""

from __future__ import annotations

from ..types import BaseModel


class MemoryObservabilityEnvelope(BaseModel):
    """Success envelope of `GET /api/sdk/v1/management/memory/observability`."""

    ok: bool
    """Always true on success."""

    data: MemoryObservabilityData
    """Data of `GET /api/sdk/v1/management/memory/observability`."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.memory_observability_data import MemoryObservabilityData  # noqa: E402
from ..models.meta import Meta  # noqa: E402
