"""Success envelope of `DELETE /api/sdk/v1/management/tenants`."""

from __future__ import annotations

from ..types import BaseModel


class ManagementTenantDisabledEnvelope(BaseModel):
    """Success envelope of `DELETE /api/sdk/v1/management/tenants`."""

    ok: bool
    """Always true on success."""

    data: ManagementTenantDisabled
    """Data of `DELETE /api/sdk/v1/management/tenant-overrides` (and of the [S] `management/tenants`)."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.management_tenant_disabled import ManagementTenantDisabled  # noqa: E402
from ..models.meta import Meta  # noqa: E402
