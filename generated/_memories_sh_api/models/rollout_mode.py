from ..types import OpenEnum


class RolloutMode(OpenEnum):
    """Graph rollout mode: `off` (baseline only), `shadow` (graph expansion computed for metrics
    but not applied) or `canary` (applied when the quality gate allows).

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    CANARY = "canary"
    OFF = "off"
    SHADOW = "shadow"
