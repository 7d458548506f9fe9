"""Free-form metadata stored with the mapping."""

from __future__ import annotations

from ..types import BaseModel


class ManagementTenantUpsertRequestMetadata(BaseModel):
    """Free-form metadata stored with the mapping."""
