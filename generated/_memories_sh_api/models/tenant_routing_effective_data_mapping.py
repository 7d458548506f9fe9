"""The stored mapping."""

from __future__ import annotations

from ..types import BaseModel


class TenantRoutingEffectiveDataMapping(BaseModel):
    """The stored mapping."""

    exists: bool
    """Whether a mapping exists."""
