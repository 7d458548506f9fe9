from ..types import OpenEnum


class RetrievalPolicyStrategy(OpenEnum):
    """**[H]** default retrieval strategy chosen by the retrieval policy.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    HYBRID = "hybrid"
    LEXICAL = "lexical"
