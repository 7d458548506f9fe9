from ..types import OpenEnum


class QuotaExceededLimit(OpenEnum):
    """The exhausted limit.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    LINKS_PER_DAY = "links_per_day"
    MEMORIES_PER_DAY = "memories_per_day"
    STORAGE_BYTES = "storage_bytes"
