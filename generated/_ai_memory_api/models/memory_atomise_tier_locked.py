"""The tier-locked answer (the HTTP route never has a curator LLM)."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from ..models.memory_atomise_tier_locked_current_tier import (
    MemoryAtomiseTierLockedCurrentTier,
)
from ..types import BaseModel


class MemoryAtomiseTierLocked(BaseModel):
    """The tier-locked answer (the HTTP route never has a curator LLM)."""

    tier_locked: str = Field(alias="tier-locked")
    """`memory_atomise requires smart tier or higher`."""

    current_tier: MemoryAtomiseTierLockedCurrentTier
    """The daemon's feature tier."""

    required_tier: Literal["smart"]
    """Always `smart`."""
