from ..types import OpenEnum


class ContextMode(OpenEnum):
    """Which memories fill `memories`: `all` (working + long-term, deduplicated), `working`,
    `long_term` or `rules_only` (empty `memories`).

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    ALL = "all"
    LONG_TERM = "long_term"
    RULES_ONLY = "rules_only"
    WORKING = "working"
