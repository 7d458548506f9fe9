from ..types import OpenEnum


class RememberMode(OpenEnum):
    """How long an approval decision is remembered.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    FOREVER = "forever"
    ONCE = "once"
    SESSION = "session"
