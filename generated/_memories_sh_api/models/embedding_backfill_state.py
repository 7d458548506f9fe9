from ..types import OpenEnum


class EmbeddingBackfillState(OpenEnum):
    """State of an embedding backfill.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    COMPLETED = "completed"
    IDLE = "idle"
    PAUSED = "paused"
    RUNNING = "running"
