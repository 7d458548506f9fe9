from ..types import OpenEnum


class QualityReasonSeverity(OpenEnum):
    """Severity of the finding.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    CRITICAL = "critical"
    WARNING = "warning"
