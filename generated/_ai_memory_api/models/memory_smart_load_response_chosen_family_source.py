from ..types import OpenEnum


class MemorySmartLoadResponseChosenFamilySource(OpenEnum):
    """How the family was chosen (`fallback` = no signal, routed to `core`).

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    EMBEDDER = "embedder"
    FALLBACK = "fallback"
    KEYWORD = "keyword"
