from ..types import OpenEnum


class GraphRolloutPlanBaselineItemComparator(OpenEnum):
    """How `current` is compared with `target`.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    VALUE_0 = "<="
    VALUE_1 = ">="
