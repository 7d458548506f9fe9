"""Bulk outcome."""

from __future__ import annotations

from ..types import BaseModel


class BulkResult(BaseModel):
    """Bulk outcome."""

    created: int
    """Created."""

    errors: list[str]
    """Errors."""
