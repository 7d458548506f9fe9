"""Data of `POST /api/sdk/v1/skills/files/upsert`."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class SkillsUpsertFileData(BaseModel):
    """Data of `POST /api/sdk/v1/skills/files/upsert`."""

    skill_file: SkillFile = Field(alias="skillFile")
    """A scoped skill file record. Timestamps are ISO strings (typed as plain strings)."""

    created: bool
    """True when a new file was created (HTTP 201), false when an existing one was updated (HTTP 200)."""

    message: str
    """`Created|Updated skill file <path> (global|project:<projectId>)`."""


# Imported last: these models refer back to this one.
from ..models.skill_file import SkillFile  # noqa: E402
