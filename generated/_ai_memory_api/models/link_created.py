"""Link creation result."""

from __future__ import annotations

from ..models.attest_level import AttestLevel
from ..types import BaseModel


class LinkCreated(BaseModel):
    """Link creation result."""

    linked: bool
    """Always true."""

    attest_level: AttestLevel
    """How a link or captured turn is attested."""
