"""Data of `DELETE /api/sdk/v1/management/tenant-overrides` (and of the [S] `management/tenants`)."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel, Timestamp


class ManagementTenantDisabled(BaseModel):
    """Data of `DELETE /api/sdk/v1/management/tenant-overrides` (and of the [S] `management/tenants`)."""

    ok: bool
    """Always true."""

    tenant_id: str = Field(alias="tenantId")
    """The disabled tenant id."""

    status: str
    """The new status (`disabled`)."""

    updated_at: Timestamp = Field(alias="updatedAt")
    """Update time (ISO string)."""
