"""Restore result."""

from __future__ import annotations

from ..types import BaseModel


class RestoreArchiveResponse(BaseModel):
    """Restore result."""

    restored: bool
    """Always true."""

    id: str
    """Restored memory id."""
