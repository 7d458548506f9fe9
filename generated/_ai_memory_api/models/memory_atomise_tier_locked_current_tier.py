from ..types import OpenEnum


class MemoryAtomiseTierLockedCurrentTier(OpenEnum):
    """The daemon's feature tier.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    AUTONOMOUS = "autonomous"
    KEYWORD = "keyword"
    SEMANTIC = "semantic"
    SMART = "smart"
