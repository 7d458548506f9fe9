"""The mapping's metadata (`{}` without one)."""

from __future__ import annotations

from ..types import OpenModel


class TenantRoutingEffectiveDataMappingMetadata(OpenModel):
    """The mapping's metadata (`{}` without one)."""
