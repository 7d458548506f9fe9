"""Success envelope of `GET and POST /api/sdk/v1/graph/status`."""

from __future__ import annotations

from ..types import BaseModel


class GraphStatusEnvelope(BaseModel):
    """Success envelope of `GET and POST /api/sdk/v1/graph/status`."""

    ok: bool
    """Always true on success."""

    data: GraphStatusData
    """Data of `GET` / `POST /api/sdk/v1/graph/status`."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.graph_status_data import GraphStatusData  # noqa: E402
from ..models.meta import Meta  # noqa: E402
