from ..types import OpenEnum


class ConfidenceTier(OpenEnum):
    """Confidence band (confirmed >= 0.95, likely >= 0.7, else ambiguous).

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    AMBIGUOUS = "ambiguous"
    CONFIRMED = "confirmed"
    LIKELY = "likely"
