from ..types import OpenEnum


class ToolFamily(OpenEnum):
    """A tool family (`metadata.family` of a memory).

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    ARCHIVE = "archive"
    CORE = "core"
    GOVERNANCE = "governance"
    GRAPH = "graph"
    LIFECYCLE = "lifecycle"
    META = "meta"
    OTHER = "other"
    POWER = "power"
