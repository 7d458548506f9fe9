from ..types import OpenEnum


class TenantRoutingEffectiveDataOwnerScopeAuthMode(OpenEnum):
    """How the request authenticated.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    API_KEY = "api_key"
    SESSION = "session"
