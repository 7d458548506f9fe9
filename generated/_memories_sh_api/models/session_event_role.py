from ..types import OpenEnum


class SessionEventRole(OpenEnum):
    """Who produced a session event.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    ASSISTANT = "assistant"
    TOOL = "tool"
    USER = "user"
