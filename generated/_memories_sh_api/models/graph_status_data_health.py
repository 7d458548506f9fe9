from ..types import OpenEnum


class GraphStatusDataHealth(OpenEnum):
    """`schema_missing` when the graph tables do not exist.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    OK = "ok"
    SCHEMA_MISSING = "schema_missing"
