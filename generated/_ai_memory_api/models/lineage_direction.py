from ..types import OpenEnum


class LineageDirection(OpenEnum):
    """Direction of a lineage walk.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    ANCESTORS = "ancestors"
    DESCENDANTS = "descendants"
