from ..types import OpenEnum


class ObservabilityAlarmSeverity(OpenEnum):
    """Severity.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    CRITICAL = "critical"
    WARNING = "warning"
