from ..types import OpenEnum


class EmbeddingBackfillActionDataAction(OpenEnum):
    """The action taken.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    PAUSE = "pause"
    RESUME = "resume"
    RUN = "run"
