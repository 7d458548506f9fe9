from ..types import OpenEnum


class RecordScope(OpenEnum):
    """Storage scope of a memory or skill file; `project` iff a projectId was given on write.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    GLOBAL = "global"
    PROJECT = "project"
