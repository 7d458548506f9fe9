from ..types import OpenEnum


class GraphRolloutPlanDefaultBehaviorDecision(OpenEnum):
    """Whether hybrid retrieval should become the default.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    ENABLE_HYBRID_DEFAULT = "enable_hybrid_default"
    HOLD_LEXICAL_DEFAULT = "hold_lexical_default"
