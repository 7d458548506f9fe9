"""Data of `GET /api/sdk/v1/management/memory/observability`."""

from __future__ import annotations

from pydantic import Field

from ..models.observability_health import ObservabilityHealth
from ..types import BaseModel, Timestamp


class MemoryObservabilityData(BaseModel):
    """Data of `GET /api/sdk/v1/management/memory/observability`."""

    sampled_at: Timestamp = Field(alias="sampledAt")
    """Sample time."""

    window_hours: int = Field(alias="windowHours")
    """Look-back window in hours."""

    scope: ObservabilityScope
    """The scope of an observability snapshot (absent parts are null)."""

    lifecycle: MemoryObservabilityDataLifecycle
    """`{createdCount, updatedCount, deletedCount, activeCount, totalCount}`."""

    compaction: MemoryObservabilityDataCompaction
    """`{totalEvents, byTrigger: {count, time, semantic}, compactedSessions, checkpointMissingCount,
    checkpointCoverage}`."""

    consolidation: MemoryObservabilityDataConsolidation
    """`{runCount, mergedCount, supersededCount, conflictedCount, conflictRate, lastRunAt}`."""

    contradictions: MemoryObservabilityDataContradictions
    """`{totalCount, windowCount, trend: up|down|flat, daily[{date, count}]}`."""

    alarms: list[ObservabilityAlarm]
    """Triggered alarms."""

    health: ObservabilityHealth
    """Overall health of an observability snapshot."""


# Imported last: these models refer back to this one.
from ..models.memory_observability_data_compaction import (
    MemoryObservabilityDataCompaction,  # noqa: E402
)
from ..models.memory_observability_data_consolidation import (
    MemoryObservabilityDataConsolidation,  # noqa: E402
)
from ..models.memory_observability_data_contradictions import (
    MemoryObservabilityDataContradictions,  # noqa: E402
)
from ..models.memory_observability_data_lifecycle import (
    MemoryObservabilityDataLifecycle,  # noqa: E402
)
from ..models.observability_alarm import ObservabilityAlarm  # noqa: E402
from ..models.observability_scope import ObservabilityScope  # noqa: E402
