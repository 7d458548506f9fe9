"""Data of `GET /api/sdk/v1/management/tenants`."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class ManagementTenantList(BaseModel):
    """Data of `GET /api/sdk/v1/management/tenants`."""

    tenant_databases: list[TenantDatabaseMapping] = Field(alias="tenantDatabases")
    """Mappings ordered by `createdAt` ascending."""

    count: int
    """Number of mappings."""


# Imported last: these models refer back to this one.
from ..models.tenant_database_mapping import TenantDatabaseMapping  # noqa: E402
