from ..types import OpenEnum


class MemoryEvalReplayDataSummaryStatus(OpenEnum):
    """Overall status.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    FAIL = "fail"
    PASS = "pass"
    WARN = "warn"
