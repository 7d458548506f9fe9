"""Free-form metadata (`{}` when none)."""

from __future__ import annotations

from ..types import OpenModel


class TenantDatabaseMappingMetadata(OpenModel):
    """Free-form metadata (`{}` when none)."""
