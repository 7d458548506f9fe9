from ..types import OpenEnum


class GovernancePendingAction(OpenEnum):
    """The queued action.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    DELETE = "delete"
    PROMOTE = "promote"
    STORE = "store"
