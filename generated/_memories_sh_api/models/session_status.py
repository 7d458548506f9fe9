from ..types import OpenEnum


class SessionStatus(OpenEnum):
    """Lifecycle status of a session.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    ACTIVE = "active"
    CLOSED = "closed"
    COMPACTED = "compacted"
