"""`details` of the tenant routing errors (`TENANT_DATABASE_NOT_CONFIGURED`,
`TENANT_DATABASE_CREDENTIALS_MISSING`, `TENANT_DATABASE_NOT_READY`,
`TENANT_MAPPING_LOOKUP_FAILED`). Keys are **snake_case**."""

from __future__ import annotations

from ..types import BaseModel


class TenantErrorDetails(BaseModel):
    """`details` of the tenant routing errors (`TENANT_DATABASE_NOT_CONFIGURED`,
    `TENANT_DATABASE_CREDENTIALS_MISSING`, `TENANT_DATABASE_NOT_READY`,
    `TENANT_MAPPING_LOOKUP_FAILED`). Keys are **snake_case**."""

    tenant_id: str
    """The requested `scope.tenantId`."""

    status: str | None = None
    """`TENANT_DATABASE_NOT_READY` only: the mapping's current status (e.g. `provisioning`, `disabled`,
    `error`)."""

    error: str | None = None
    """`TENANT_MAPPING_LOOKUP_FAILED` only: the underlying database error message."""
