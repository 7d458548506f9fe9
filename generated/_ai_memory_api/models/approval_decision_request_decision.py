from ..types import OpenEnum


class ApprovalDecisionRequestDecision(OpenEnum):
    """The decision.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    APPROVE = "approve"
    DENY = "deny"
