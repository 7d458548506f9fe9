"""Where requests go."""

from __future__ import annotations

from ..types import BaseModel


class TenantRoutingEffectiveDataResolvedTarget(BaseModel):
    """Where requests go."""

    kind: str
    """`tenant_database` or `none`."""
