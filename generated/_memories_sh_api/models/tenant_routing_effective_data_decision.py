"""The routing decision."""

from __future__ import annotations

from ..types import BaseModel


class TenantRoutingEffectiveDataDecision(BaseModel):
    """The routing decision."""

    code: str
    """`MAPPING_READY`, `AUTO_PROVISION_ELIGIBLE`, `AUTO_PROVISION_BLOCKED`, `NO_MAPPING` or
    `MAPPING_NOT_READY`."""

    reason: str
    """Explanation."""
