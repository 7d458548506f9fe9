"""Import result."""

from __future__ import annotations

from ..types import BaseModel


class ImportResponse(BaseModel):
    """Import result."""

    imported: int
    """Memories imported."""

    errors: list[str]
    """One sanitised message per failed memory."""
