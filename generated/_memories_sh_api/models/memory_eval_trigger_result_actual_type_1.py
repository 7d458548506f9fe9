from ..types import OpenEnum


class MemoryEvalTriggerResultActualType1(OpenEnum):
    """The trigger observed or computed from the signals.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    COUNT = "count"
    SEMANTIC = "semantic"
    TIME = "time"
