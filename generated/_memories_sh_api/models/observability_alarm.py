"""A triggered observability alarm."""

from __future__ import annotations

from ..models.observability_alarm_severity import ObservabilityAlarmSeverity
from ..types import BaseModel


class ObservabilityAlarm(BaseModel):
    """A triggered observability alarm."""

    code: str
    """Alarm code."""

    severity: ObservabilityAlarmSeverity
    """Severity."""

    message: str
    """Human-readable message."""

    observed: float
    """Observed value."""

    threshold: float
    """Threshold crossed."""

    unit: str
    """`ms`, `ratio` or `count`."""
