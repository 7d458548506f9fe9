from ..types import OpenEnum


class AttestLevel(OpenEnum):
    """How a link or captured turn is attested.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    DAEMON_SIGNED = "daemon_signed"
    PEER_ATTESTED = "peer_attested"
    SELF_SIGNED = "self_signed"
    SIGNED_BY_PEER = "signed_by_peer"
    UNSIGNED = "unsigned"
