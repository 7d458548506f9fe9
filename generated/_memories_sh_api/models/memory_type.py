from ..types import OpenEnum


class MemoryType(OpenEnum):
    """Memory type. Requests accept exactly these five values (default `note` on add). In
    responses the raw stored value is passed through, so rows written by other tools may carry
    other strings; SDK enums are open and keep unknown values.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    DECISION = "decision"
    FACT = "fact"
    NOTE = "note"
    RULE = "rule"
    SKILL = "skill"
