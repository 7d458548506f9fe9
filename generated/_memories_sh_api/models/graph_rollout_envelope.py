"""Success envelope of `GET, POST and PATCH /api/sdk/v1/graph/rollout`."""

from __future__ import annotations

from ..types import BaseModel


class GraphRolloutEnvelope(BaseModel):
    """Success envelope of `GET, POST and PATCH /api/sdk/v1/graph/rollout`."""

    ok: bool
    """Always true on success."""

    data: GraphRolloutData
    """Data of `GET` / `POST` / `PATCH /api/sdk/v1/graph/rollout`."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.graph_rollout_data import GraphRolloutData  # noqa: E402
from ..models.meta import Meta  # noqa: E402
