from ..types import OpenEnum


class EmbeddingBackfillRequestAction(OpenEnum):
    """Run one batch, or pause / resume the backfill.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    PAUSE = "pause"
    RESUME = "resume"
    RUN = "run"
