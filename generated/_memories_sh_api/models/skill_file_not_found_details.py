"""`details` of `SKILL_FILE_NOT_FOUND` (404). Keys are camelCase."""

from __future__ import annotations

from pydantic import Field

from ..models.record_scope import RecordScope
from ..types import BaseModel


class SkillFileNotFoundDetails(BaseModel):
    """`details` of `SKILL_FILE_NOT_FOUND` (404). Keys are camelCase."""

    path: str
    """The trimmed path that was not found."""

    scope: RecordScope
    """Storage scope of a memory or skill file; `project` iff a projectId was given on write."""

    project_id: None | str = Field(alias="projectId")
    """The project id of the lookup, or null for global."""

    user_id: None | str = Field(alias="userId")
    """The user id of the lookup, or null for shared files."""
