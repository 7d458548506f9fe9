"""Data of `POST /api/sdk/v1/skills/files/list`."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class SkillsListFilesData(BaseModel):
    """Data of `POST /api/sdk/v1/skills/files/list`."""

    skill_files: list[SkillFile] = Field(alias="skillFiles")
    """The skill files (project files first, then `updated_at DESC`)."""

    count: int
    """Number of returned files."""


# Imported last: these models refer back to this one.
from ..models.skill_file import SkillFile  # noqa: E402
