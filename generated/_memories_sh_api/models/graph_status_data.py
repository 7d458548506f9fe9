"""Data of `GET` / `POST /api/sdk/v1/graph/status`."""

from __future__ import annotations

from pydantic import Field

from ..models.graph_status_data_health import GraphStatusDataHealth
from ..types import BaseModel, Timestamp


class GraphStatusData(BaseModel):
    """Data of `GET` / `POST /api/sdk/v1/graph/status`."""

    enabled: bool
    """Whether any graph feature flag is on."""

    flags: GraphFlags
    """Server feature flags for the graph (all off by default)."""

    health: GraphStatusDataHealth
    """`schema_missing` when the graph tables do not exist."""

    tables: GraphTables
    """Which graph tables exist in the database."""

    counts: GraphCounts
    """Graph row counts (all 0 when the schema is missing)."""

    rollout: GraphRolloutConfig
    """The graph rollout configuration of a database."""

    shadow_metrics: GraphRolloutMetricsSummary = Field(alias="shadowMetrics")
    """Shadow/canary retrieval metrics over the last `windowHours` hours."""

    quality_gate: GraphRolloutQualitySummary = Field(alias="qualityGate")
    """Result of the retrieval quality gate (current vs. previous window)."""

    alarms: list[GraphAlarm]
    """Active alarms."""

    top_connected_nodes: list[GraphTopNode] = Field(alias="topConnectedNodes")
    """The most connected nodes (up to `topNodesLimit`)."""

    recent_errors: list[GraphRecentError] = Field(alias="recentErrors")
    """Recent graph errors and warnings."""

    sampled_at: Timestamp = Field(alias="sampledAt")
    """When the status was sampled (ISO string)."""

    scope: ResolvedScope
    """The scope the server resolved for the request, echoed back; absent parts are `null`."""

    rollout_plan: GraphRolloutPlan | None = Field(default=None, alias="rolloutPlan")
    """**[H] only**: rollout recommendation. Modelled loosely (all fields optional); unknown
    fields are kept."""


# Imported last: these models refer back to this one.
from ..models.graph_alarm import GraphAlarm  # noqa: E402
from ..models.graph_counts import GraphCounts  # noqa: E402
from ..models.graph_flags import GraphFlags  # noqa: E402
from ..models.graph_recent_error import GraphRecentError  # noqa: E402
from ..models.graph_rollout_config import GraphRolloutConfig  # noqa: E402
from ..models.graph_rollout_metrics_summary import GraphRolloutMetricsSummary  # noqa: E402
from ..models.graph_rollout_plan import GraphRolloutPlan  # noqa: E402
from ..models.graph_rollout_quality_summary import GraphRolloutQualitySummary  # noqa: E402
from ..models.graph_tables import GraphTables  # noqa: E402
from ..models.graph_top_node import GraphTopNode  # noqa: E402
from ..models.resolved_scope import ResolvedScope  # noqa: E402
