"""Success envelope of `POST /api/sdk/v1/graph/trace`."""

from __future__ import annotations

from ..types import BaseModel


class GraphTraceEnvelope(BaseModel):
    """Success envelope of `POST /api/sdk/v1/graph/trace`."""

    ok: bool
    """Always true on success."""

    data: GraphTraceData
    """Data of `POST /api/sdk/v1/graph/trace`."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.graph_trace_data import GraphTraceData  # noqa: E402
from ..models.meta import Meta  # noqa: E402
