"""Export result."""

from __future__ import annotations

from ..types import BaseModel


class SkillExportResponse(BaseModel):
    """Export result."""

    exported: bool
    """Always true."""

    skill_id: str
    """Skill id."""

    target_folder: str
    """Folder written."""

    digest: str
    """SHA-256 content digest (hex)."""

    resources_exported: int
    """Number of resource files written."""

    files: list[str]
    """Resource paths written."""
