"""Data of `GET` / `POST` / `PATCH /api/sdk/v1/graph/rollout`."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class GraphRolloutData(BaseModel):
    """Data of `GET` / `POST` / `PATCH /api/sdk/v1/graph/rollout`."""

    rollout: GraphRolloutConfig
    """The graph rollout configuration of a database."""

    shadow_metrics: GraphRolloutMetricsSummary = Field(alias="shadowMetrics")
    """Shadow/canary retrieval metrics over the last `windowHours` hours."""

    quality_gate: GraphRolloutQualitySummary = Field(alias="qualityGate")
    """Result of the retrieval quality gate (current vs. previous window)."""

    scope: ResolvedScope
    """The scope the server resolved for the request, echoed back; absent parts are `null`."""

    rollout_plan: GraphRolloutPlan | None = Field(default=None, alias="rolloutPlan")
    """**[H] only**: rollout recommendation. Modelled loosely (all fields optional); unknown
    fields are kept."""

    retrieval_policy: GraphRetrievalPolicy | None = Field(default=None, alias="retrievalPolicy")
    """**[H] only**: the retrieval policy (default strategy). Modelled loosely (all fields optional)."""


# Imported last: these models refer back to this one.
from ..models.graph_retrieval_policy import GraphRetrievalPolicy  # noqa: E402
from ..models.graph_rollout_config import GraphRolloutConfig  # noqa: E402
from ..models.graph_rollout_metrics_summary import GraphRolloutMetricsSummary  # noqa: E402
from ..models.graph_rollout_plan import GraphRolloutPlan  # noqa: E402
from ..models.graph_rollout_quality_summary import GraphRolloutQualitySummary  # noqa: E402
from ..models.resolved_scope import ResolvedScope  # noqa: E402
