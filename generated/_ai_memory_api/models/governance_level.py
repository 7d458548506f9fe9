from ..types import OpenEnum


class GovernanceLevel(OpenEnum):
    """Who may perform a governed action.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    ANY = "any"
    APPROVE = "approve"
    OWNER = "owner"
    REGISTERED = "registered"
