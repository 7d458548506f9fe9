"""Data of `GET /api/sdk/v1/management/tenant-overrides` (and of the [S] `management/tenants`)."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class ManagementTenantList(BaseModel):
    """Data of `GET /api/sdk/v1/management/tenant-overrides` (and of the [S] `management/tenants`)."""

    tenant_databases: list[TenantDatabaseMapping] = Field(alias="tenantDatabases")
    """Mappings ordered by `createdAt` ascending."""

    count: int
    """Number of mappings."""

    billing: None | TenantBillingSummary = None
    """**[H] only**: the plan's project allowance, or null when the billing context is unavailable."""


# Imported last: these models refer back to this one.
from ..models.tenant_billing_summary import TenantBillingSummary  # noqa: E402
from ..models.tenant_database_mapping import TenantDatabaseMapping  # noqa: E402
