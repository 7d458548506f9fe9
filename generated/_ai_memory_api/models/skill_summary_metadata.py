"""Front-matter metadata (omitted when empty in lists)."""

from __future__ import annotations

from ..types import OpenModel


class SkillSummaryMetadata(OpenModel):
    """Front-matter metadata (omitted when empty in lists)."""
