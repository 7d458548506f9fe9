"""GC result."""

from __future__ import annotations

from ..types import BaseModel


class GcResponse(BaseModel):
    """GC result."""

    expired_deleted: int
    """Expired memories deleted."""
