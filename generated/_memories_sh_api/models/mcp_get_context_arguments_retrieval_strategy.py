from ..types import OpenEnum


class McpGetContextArgumentsRetrievalStrategy(OpenEnum):
    """Retrieval strategy (server default `baseline`). `hybrid` is an [H] value.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    BASELINE = "baseline"
    HYBRID = "hybrid"
    HYBRID_GRAPH = "hybrid_graph"
