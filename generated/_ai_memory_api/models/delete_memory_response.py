"""Delete result."""

from __future__ import annotations

from ..types import BaseModel


class DeleteMemoryResponse(BaseModel):
    """Delete result."""

    deleted: bool
    """Always true on 200."""

    id: str | None = None
    """Deleted id (Postgres builds only)."""
