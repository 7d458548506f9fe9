from ..types import OpenEnum


class TenantRoutingEffectiveDataResolvedTargetKind(OpenEnum):
    """`tenant_database` when the mapping is ready with credentials, else `none`.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    NONE = "none"
    TENANT_DATABASE = "tenant_database"
