from ..types import OpenEnum


class MemoryEvalReplayStatus(OpenEnum):
    """`pass`, `warn` (at least half the cases pass) or `fail`.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    FAIL = "fail"
    PASS = "pass"
    WARN = "warn"
