from ..types import OpenEnum


class TenantDatabaseMappingSource(OpenEnum):
    """**[H] only**: `auto` (auto-provisioned by a runtime request) or `override` (set through this API).

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    AUTO = "auto"
    OVERRIDE = "override"
