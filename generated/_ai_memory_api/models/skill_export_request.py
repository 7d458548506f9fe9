"""Export target."""

from __future__ import annotations

from ..types import BaseModel


class SkillExportRequest(BaseModel):
    """Export target."""

    target_folder: str
    """Folder on the daemon host."""
