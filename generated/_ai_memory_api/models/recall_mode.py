from ..types import OpenEnum


class RecallMode(OpenEnum):
    """`hybrid` (semantic + FTS) or `keyword` (FTS only, no embedder).

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    HYBRID = "hybrid"
    KEYWORD = "keyword"
