from ..types import OpenEnum


class ConfidenceSource(OpenEnum):
    """Where a memory's confidence value came from.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    AUTO_DERIVED = "auto_derived"
    CALIBRATED = "calibrated"
    CALLER_PROVIDED = "caller_provided"
    CURATOR_DERIVED = "curator_derived"
    DECAYED = "decayed"
