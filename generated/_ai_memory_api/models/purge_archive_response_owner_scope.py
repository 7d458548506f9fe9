from ..types import OpenEnum


class PurgeArchiveResponseOwnerScope(OpenEnum):
    """`admin` (all rows) or `caller` (own rows only).

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    ADMIN = "admin"
    CALLER = "caller"
