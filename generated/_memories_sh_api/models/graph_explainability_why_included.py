from ..types import OpenEnum


class GraphExplainabilityWhyIncluded(OpenEnum):
    """Always `graph_expansion` (an enum rather than a const so that future values still parse).

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    GRAPH_EXPANSION = "graph_expansion"
