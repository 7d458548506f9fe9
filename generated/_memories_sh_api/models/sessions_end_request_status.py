from ..types import OpenEnum


class SessionsEndRequestStatus(OpenEnum):
    """Final status.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    CLOSED = "closed"
    COMPACTED = "compacted"
