from ..types import OpenEnum


class MemoryEvalTriggerResultExpectedType3Type1(OpenEnum):
    """The trigger the scenario expects.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    COUNT = "count"
    SEMANTIC = "semantic"
    TIME = "time"
