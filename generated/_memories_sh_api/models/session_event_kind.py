from ..types import OpenEnum


class SessionEventKind(OpenEnum):
    """Kind of a session event.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    CHECKPOINT = "checkpoint"
    EVENT = "event"
    MESSAGE = "message"
    SUMMARY = "summary"
