from ..types import OpenIntEnum


class GraphDepth(OpenIntEnum):
    """Graph traversal depth for hybrid retrieval; exactly 0, 1 or 2.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    VALUE_0 = 0
    VALUE_1 = 1
    VALUE_2 = 2
