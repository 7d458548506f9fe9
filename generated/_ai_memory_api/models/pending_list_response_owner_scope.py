from ..types import OpenEnum


class PendingListResponseOwnerScope(OpenEnum):
    """`admin` (all rows) or `caller` (own requests only).

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    ADMIN = "admin"
    CALLER = "caller"
