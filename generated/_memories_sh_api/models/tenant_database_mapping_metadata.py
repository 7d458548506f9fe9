"""Free-form metadata (`{}` when none)."""

from __future__ import annotations

from ..types import BaseModel


class TenantDatabaseMappingMetadata(BaseModel):
    """Free-form metadata (`{}` when none)."""
