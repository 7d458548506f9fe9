from ..types import OpenEnum


class Scope(OpenEnum):
    """Visibility scope, stored in `metadata.scope`. Absent means `private`.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    COLLECTIVE = "collective"
    ORG = "org"
    PRIVATE = "private"
    TEAM = "team"
    UNIT = "unit"
