"""An AI SDK Project (tenant) database mapping."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel, Timestamp


class TenantDatabaseMapping(BaseModel):
    """An AI SDK Project (tenant) database mapping."""

    tenant_id: str = Field(alias="tenantId")
    """The tenant id."""

    turso_db_url: str = Field(alias="tursoDbUrl")
    """The database URL (`libsql://…`)."""

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


# Imported last: these models refer back to this one.
from ..models.tenant_database_mapping_metadata import TenantDatabaseMappingMetadata  # noqa: E402
