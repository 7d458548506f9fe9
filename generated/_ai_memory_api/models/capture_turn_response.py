"""Capture result."""

from __future__ import annotations

from typing import Literal

from ..models.attest_level import AttestLevel
from ..types import BaseModel


class CaptureTurnResponse(BaseModel):
    """Capture result."""

    memory_id: str
    """Memory holding the turn."""

    dedup_hit: bool
    """True when the turn was already captured."""

    layer: Literal["L4"]
    """Always `L4`."""

    attest_level: AttestLevel | None = None
    """How a link or captured turn is attested."""
