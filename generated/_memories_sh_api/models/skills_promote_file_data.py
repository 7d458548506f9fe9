"""Data of `POST /api/sdk/v1/skills/files/promote`."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class SkillsPromoteFileData(BaseModel):
    """Data of `POST /api/sdk/v1/skills/files/promote`."""

    skill_file: SkillFile = Field(alias="skillFile")
    """A scoped skill file record. Timestamps are ISO strings (typed as plain strings)."""

    created: bool
    """True when the file was created (status 201), false when updated (200)."""

    source: SkillPromotionSource
    """The snapshot a skill file was promoted from."""

    message: str
    """`Promoted snapshot <snapshotId> to skill file <path>`."""


# Imported last: these models refer back to this one.
from ..models.skill_file import SkillFile  # noqa: E402
from ..models.skill_promotion_source import SkillPromotionSource  # noqa: E402
