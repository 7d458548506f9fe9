"""Body of `POST /api/sdk/v1/management/tenants`."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field

from ..models.management_tenant_upsert_request_mode import (
    ManagementTenantUpsertRequestMode,
)
from ..types import BaseModel


class ManagementTenantUpsertRequest(BaseModel):
    """Body of `POST /api/sdk/v1/management/tenants`."""

    tenant_id: str = Field(alias="tenantId")
    """The AI SDK Project (tenant) id. Trimmed; 1..120 characters after trimming."""

    mode: ManagementTenantUpsertRequestMode = ManagementTenantUpsertRequestMode.PROVISION
    """`provision` creates a new Turso database; `attach` attaches an existing one."""

    turso_db_url: str | None = Field(default=None, alias="tursoDbUrl")
    """`attach` only (required there): database URL, must start with `libsql://`. Trimmed."""

    turso_db_token: str | None = Field(default=None, alias="tursoDbToken", repr=False)
    """`attach` only (required there, non-empty): database auth token. Trimmed."""

    turso_db_name: str | None = Field(default=None, alias="tursoDbName")
    """Optional database name. Trimmed."""

    metadata: ManagementTenantUpsertRequestMetadata | None = None
    """Free-form metadata stored with the mapping."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "tenant_id": {
            "min_length": 1,
            "max_length": 120,
            "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
        },
    }


# Imported last: these models refer back to this one.
from ..models.management_tenant_upsert_request_metadata import (
    ManagementTenantUpsertRequestMetadata,  # noqa: E402
)
