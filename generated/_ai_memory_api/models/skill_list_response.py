"""Current skills."""

from __future__ import annotations

from ..types import BaseModel


class SkillListResponse(BaseModel):
    """Current skills."""

    count: int
    """Number of skills."""

    skills: list[SkillSummary]
    """The skills."""


# Imported last: these models refer back to this one.
from ..models.skill_summary import SkillSummary  # noqa: E402
