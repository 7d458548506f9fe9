from ..types import OpenEnum


class QuorumNotMetReason(OpenEnum):
    """Why the quorum failed.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    ID_DRIFT = "id_drift"
    TIMEOUT = "timeout"
    UNREACHABLE = "unreachable"
