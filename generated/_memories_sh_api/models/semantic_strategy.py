from ..types import OpenEnum


class SemanticStrategy(OpenEnum):
    """**[H]** lexical/semantic retrieval strategy.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    HYBRID = "hybrid"
    LEXICAL = "lexical"
    SEMANTIC = "semantic"
