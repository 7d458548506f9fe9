"""The owner scope of the key (or session)."""

from __future__ import annotations

from ..types import BaseModel


class TenantRoutingEffectiveDataOwnerScope(BaseModel):
    """The owner scope of the key (or session)."""
