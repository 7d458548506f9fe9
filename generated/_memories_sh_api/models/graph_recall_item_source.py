from ..types import OpenEnum


class GraphRecallItemSource(OpenEnum):
    """Whether the memory came from baseline retrieval or graph expansion.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    BASELINE = "baseline"
    GRAPH_EXPANSION = "graph_expansion"
