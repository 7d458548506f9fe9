"""Bulk-delete filters; at least one is required."""

from __future__ import annotations

from ..models.tier import Tier
from ..types import BaseModel


class ForgetRequest(BaseModel):
    """Bulk-delete filters; at least one is required."""

    namespace: str | None = None
    """Delete memories in this namespace (not validated)."""

    pattern: str | None = None
    """Delete memories matching this FTS pattern."""

    tier: Tier | None = None
    """Memory tier. Default TTLs are short 6 h, mid 7 days, long none."""
