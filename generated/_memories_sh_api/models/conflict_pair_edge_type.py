from ..types import OpenEnum


class ConflictPairEdgeType(OpenEnum):
    """Always `contradicts` (an enum rather than a const so that future values still parse).

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    CONTRADICTS = "contradicts"
