"""Memories in a tier."""

from __future__ import annotations

from ..types import BaseModel


class TierCount(BaseModel):
    """Memories in a tier."""

    tier: str
    """Tier name."""

    count: int
    """Number of memories."""
