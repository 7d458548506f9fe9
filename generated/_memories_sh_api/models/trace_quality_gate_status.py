from ..types import OpenEnum


class TraceQualityGateStatus(OpenEnum):
    """Quality-gate status as reported in a retrieval trace; `unavailable` when it could not be evaluated.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    FAIL = "fail"
    INSUFFICIENT_DATA = "insufficient_data"
    PASS = "pass"
    UNAVAILABLE = "unavailable"
    WARN = "warn"
