"""Data of `POST /api/sdk/v1/skills/files/delete`."""

from __future__ import annotations

from ..types import BaseModel


class SkillsDeleteFileData(BaseModel):
    """Data of `POST /api/sdk/v1/skills/files/delete`."""

    path: str
    """The deleted path."""

    deleted: bool
    """Always true."""

    message: str
    """`Deleted skill file <path>`."""
