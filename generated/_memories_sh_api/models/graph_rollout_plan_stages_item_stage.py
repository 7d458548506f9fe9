from ..types import OpenEnum


class GraphRolloutPlanStagesItemStage(OpenEnum):
    """The stage.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    CANARY = "canary"
    DEFAULT_ON = "default_on"
    SHADOW = "shadow"
