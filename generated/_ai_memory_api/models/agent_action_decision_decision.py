from ..types import OpenEnum


class AgentActionDecisionDecision(OpenEnum):
    """The outcome.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    ALLOW = "allow"
    REFUSE = "refuse"
    WARN = "warn"
