"""Data of `POST /api/sdk/v1/management/tenant-overrides` (and of the [S] `management/tenants`)."""

from __future__ import annotations

from pydantic import Field

from ..models.management_tenant_upserted_mode import ManagementTenantUpsertedMode
from ..types import BaseModel


class ManagementTenantUpserted(BaseModel):
    """Data of `POST /api/sdk/v1/management/tenant-overrides` (and of the [S] `management/tenants`)."""

    tenant_database: TenantDatabaseMapping = Field(alias="tenantDatabase")
    """An AI SDK Project (tenant) database mapping. **[H]** adds `source`; the URL is null while
    a mapping is being provisioned."""

    provisioned: bool
    """False when `provision` found an existing ready mapping."""

    mode: ManagementTenantUpsertedMode
    """The mode that was applied."""

    billing: TenantBillingSummary | None = None
    """**[H] only**: the plan's SDK project allowance."""


# Imported last: these models refer back to this one.
from ..models.tenant_billing_summary import TenantBillingSummary  # noqa: E402
from ..models.tenant_database_mapping import TenantDatabaseMapping  # noqa: E402
