from ..types import OpenEnum


class QualityGateStatus(OpenEnum):
    """Retrieval quality-gate status.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    FAIL = "fail"
    INSUFFICIENT_DATA = "insufficient_data"
    PASS = "pass"
    WARN = "warn"
