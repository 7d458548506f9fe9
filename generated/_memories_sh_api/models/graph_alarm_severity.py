from ..types import OpenEnum


class GraphAlarmSeverity(OpenEnum):
    """Alarm severity.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    CRITICAL = "critical"
    INFO = "info"
    WARNING = "warning"
