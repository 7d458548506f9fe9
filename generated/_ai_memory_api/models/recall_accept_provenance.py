from ..types import OpenEnum


class RecallAcceptProvenance(OpenEnum):
    """Provenance verbosity.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    VERBOSE = "verbose"
