from ..types import OpenEnum


class RecallGetAcceptProvenance(OpenEnum):
    """Provenance verbosity.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    VERBOSE = "verbose"
