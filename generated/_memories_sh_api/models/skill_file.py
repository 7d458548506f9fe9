"""A scoped skill file record. Timestamps are ISO strings (typed as plain strings)."""

from __future__ import annotations

from pydantic import Field

from ..models.record_scope import RecordScope
from ..types import BaseModel, Timestamp


class SkillFile(BaseModel):
    """A scoped skill file record. Timestamps are ISO strings (typed as plain strings)."""

    id: str
    """Opaque id (12 lowercase hex characters for service-created files)."""

    path: str
    """The trimmed path, e.g. `.agents/skills/review/SKILL.md`."""

    content: str
    """The trimmed file content."""

    scope: RecordScope
    """Storage scope of a memory or skill file; `project` iff a projectId was given on write."""

    project_id: None | str = Field(alias="projectId")
    """The project of a project-scoped file, or null."""

    user_id: None | str = Field(alias="userId")
    """The owning user, or null for shared files."""

    created_at: Timestamp = Field(alias="createdAt")
    """Creation time (ISO string)."""

    updated_at: Timestamp = Field(alias="updatedAt")
    """Last update time (ISO string)."""

    usage_count: int | None = Field(default=None, alias="usageCount")
    """**[H] only**: how often the file was used."""

    last_used_at: Timestamp | None = Field(default=None, alias="lastUsedAt")
    """**[H] only**: last use time, or null."""

    procedure_key: None | str = Field(default=None, alias="procedureKey")
    """**[H] only**: procedure key used for ranking, or null."""
