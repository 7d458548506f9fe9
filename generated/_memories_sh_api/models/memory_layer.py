from ..types import OpenEnum


class MemoryLayer(OpenEnum):
    """Injection layer: `rule` (always-on), `working` (short-lived, expires after the server's
    TTL, 24 h by default) or `long_term`. In responses, a missing or invalid stored layer is
    derived from the type (`rule` → `rule`, otherwise `long_term`).

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    LONG_TERM = "long_term"
    RULE = "rule"
    WORKING = "working"
