from ..types import OpenEnum


class OnConflict(OpenEnum):
    """What to do when a memory with the same `(title, namespace)` exists: `error` (409), `merge` (upsert)
    or `version` (store as `"<title> (<n>)"`).

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    ERROR = "error"
    MERGE = "merge"
    VERSION = "version"
