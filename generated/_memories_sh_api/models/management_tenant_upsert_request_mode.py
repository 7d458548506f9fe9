from ..types import OpenEnum


class ManagementTenantUpsertRequestMode(OpenEnum):
    """`provision` creates a new Turso database; `attach` attaches an existing one.

    Unknown values are kept (``.is_known`` is False) rather than rejected.
    """

    ATTACH = "attach"
    PROVISION = "provision"
