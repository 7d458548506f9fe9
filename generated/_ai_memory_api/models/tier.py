from ..types import OpenEnum


class Tier(OpenEnum):
    """Memory tier. Default TTLs are short 6 h, mid 7 days, long none.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    LONG = "long"
    MID = "mid"
    SHORT = "short"
