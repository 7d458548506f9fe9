"""Free-form metadata stored with the mapping."""

from __future__ import annotations

from ..types import OpenModel


class ManagementTenantUpsertRequestMetadata(OpenModel):
    """Free-form metadata stored with the mapping."""
