from ..types import OpenEnum


class MemoryKind(OpenEnum):
    """Kind of memory.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    CLAIM = "claim"
    CONCEPT = "concept"
    CONVERSATION = "conversation"
    DECISION = "decision"
    ENTITY = "entity"
    EVENT = "event"
    OBSERVATION = "observation"
    PERSONA = "persona"
    REFLECTION = "reflection"
    RELATION = "relation"
