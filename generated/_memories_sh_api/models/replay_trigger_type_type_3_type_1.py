from ..types import OpenEnum


class ReplayTriggerTypeType3Type1(OpenEnum):
    """A compaction trigger (`count`, `time`, `semantic`), or null for none.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    COUNT = "count"
    SEMANTIC = "semantic"
    TIME = "time"
