"""An AI SDK Project (tenant) database mapping. **[H]** adds `source`; the URL is null while
a mapping is being provisioned."""

from __future__ import annotations

from pydantic import Field

from ..models.tenant_database_mapping_source import TenantDatabaseMappingSource
from ..types import BaseModel, Timestamp


class TenantDatabaseMapping(BaseModel):
    """An AI SDK Project (tenant) database mapping. **[H]** adds `source`; the URL is null while
    a mapping is being provisioned."""

    tenant_id: str = Field(alias="tenantId")
    """The tenant id."""

    turso_db_url: None | str = Field(alias="tursoDbUrl")
    """The database URL (`libsql://…`), or null while provisioning."""

    turso_db_name: None | str = Field(alias="tursoDbName")
    """The database name, or null."""

    status: str
    """Mapping status, e.g. `ready`, `disabled`, `error`, `provisioning`."""

    metadata: TenantDatabaseMappingMetadata
    """Free-form metadata (`{}` when none)."""

    created_at: Timestamp = Field(alias="createdAt")
    """Creation time (ISO string)."""

    updated_at: Timestamp = Field(alias="updatedAt")
    """Last update time (ISO string)."""

    last_verified_at: Timestamp | None = Field(alias="lastVerifiedAt")
    """Last successful verification, or null."""

    source: TenantDatabaseMappingSource | None = None
    """**[H] only**: `auto` (auto-provisioned by a runtime request) or `override` (set through this
    API)."""


# Imported last: these models refer back to this one.
from ..models.tenant_database_mapping_metadata import TenantDatabaseMappingMetadata  # noqa: E402
