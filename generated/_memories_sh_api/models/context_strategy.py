from ..types import OpenEnum


class ContextStrategy(OpenEnum):
    """Requested retrieval strategy for `context/get`. **[S]** accepts `baseline` (tiered recall)
    and `hybrid_graph` (adds graph expansion when enabled). `lexical`, `semantic` and `hybrid`
    are **[H] values** (with `baseline` → `lexical` and `hybrid_graph` → `hybrid` as
    aliases); an [S] server rejects them with `400 INVALID_REQUEST`.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    BASELINE = "baseline"
    HYBRID = "hybrid"
    HYBRID_GRAPH = "hybrid_graph"
    LEXICAL = "lexical"
    SEMANTIC = "semantic"
