from ..types import OpenEnum


class QualityReasonMetric(OpenEnum):
    """The metric the finding is about.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    CANDIDATE_LIFT = "candidate_lift"
    EXPANSION_COVERAGE = "expansion_coverage"
    FALLBACK_RATE = "fallback_rate"
    GRAPH_ERROR_RATE = "graph_error_rate"
