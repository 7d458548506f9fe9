"""Promote result."""

from __future__ import annotations

from ..models.tier import Tier
from ..types import BaseModel


class PromoteResponse(BaseModel):
    """Promote result."""

    promoted: bool
    """Always true."""

    id: str
    """Resolved memory id."""

    tier: Tier
    """Memory tier. Default TTLs are short 6 h, mid 7 days, long none."""
