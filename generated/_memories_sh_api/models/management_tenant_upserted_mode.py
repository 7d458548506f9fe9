from ..types import OpenEnum


class ManagementTenantUpsertedMode(OpenEnum):
    """The mode that was applied.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    ATTACH = "attach"
    PROVISION = "provision"
