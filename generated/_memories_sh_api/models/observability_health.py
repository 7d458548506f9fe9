from ..types import OpenEnum


class ObservabilityHealth(OpenEnum):
    """Overall health of an observability snapshot.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    CRITICAL = "critical"
    DEGRADED = "degraded"
    HEALTHY = "healthy"
