"""Front-matter metadata (omitted when empty in lists)."""

from __future__ import annotations

from ..types import BaseModel


class SkillSummaryMetadata(BaseModel):
    """Front-matter metadata (omitted when empty in lists)."""
