"""Success envelope of `POST /api/sdk/v1/management/tenants`."""

from __future__ import annotations

from ..types import BaseModel


class ManagementTenantUpsertedEnvelope(BaseModel):
    """Success envelope of `POST /api/sdk/v1/management/tenants`."""

    ok: bool
    """Always true on success."""

    data: ManagementTenantUpserted
    """Data of `POST /api/sdk/v1/management/tenant-overrides` (and of the [S] `management/tenants`)."""

    error: None
    """Always null on success."""

    meta: Meta
    """Response metadata present on every SDK envelope (success and failure)."""


# Imported last: these models refer back to this one.
from ..models.management_tenant_upserted import ManagementTenantUpserted  # noqa: E402
from ..models.meta import Meta  # noqa: E402
