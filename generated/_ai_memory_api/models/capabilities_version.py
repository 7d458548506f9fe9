from ..types import OpenEnum


class CapabilitiesVersion(OpenEnum):
    """Version of the capabilities document.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    V1 = "v1"
    V2 = "v2"
    V3 = "v3"
