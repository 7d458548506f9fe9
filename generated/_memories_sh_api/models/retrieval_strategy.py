from ..types import OpenEnum


class RetrievalStrategy(OpenEnum):
    """Graph retrieval strategy (legacy names, still used in traces at [H]).

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    BASELINE = "baseline"
    HYBRID_GRAPH = "hybrid_graph"
