"""A graph alarm."""

from __future__ import annotations

from pydantic import Field

from ..models.graph_alarm_severity import GraphAlarmSeverity
from ..types import BaseModel, Timestamp


class GraphAlarm(BaseModel):
    """A graph alarm."""

    code: str
    """`HIGH_FALLBACK_RATE`, `ELEVATED_FALLBACK_RATE`, `GRAPH_EXPANSION_ERRORS`,
    `CANARY_QUALITY_GATE_BLOCKED` or `CANARY_QUALITY_GATE_WARNING`."""

    severity: GraphAlarmSeverity
    """Alarm severity."""

    message: str
    """Human-readable message."""

    triggered_at: Timestamp = Field(alias="triggeredAt")
    """When the alarm was raised (ISO string)."""
