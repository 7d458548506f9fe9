from ..types import OpenEnum


class AgentActionRuleSeverity(OpenEnum):
    """Outcome when it matches.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    LOG = "log"
    REFUSE = "refuse"
    WARN = "warn"
