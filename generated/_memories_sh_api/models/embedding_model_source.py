from ..types import OpenEnum


class EmbeddingModelSource(OpenEnum):
    """**[H]** where the embedding model used for a write came from.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    PROJECT = "project"
    REQUEST = "request"
    SYSTEM_DEFAULT = "system_default"
    WORKSPACE = "workspace"
