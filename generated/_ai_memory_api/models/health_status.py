from ..types import OpenEnum


class HealthStatus(OpenEnum):
    """`ok`, or `error` when the database check failed.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    ERROR = "error"
    OK = "ok"
