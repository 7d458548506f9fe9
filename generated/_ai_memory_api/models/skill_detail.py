"""One skill with its body and resources."""

from __future__ import annotations

from typing import Any

from ..types import BaseModel


class SkillDetail(BaseModel):
    """One skill with its body and resources."""

    id: str
    """Skill id."""

    namespace: str
    """Namespace."""

    name: str
    """Name."""

    description: str
    """Description."""

    digest: str
    """SHA-256 content digest (hex)."""

    created_at: int
    """Registration time (Unix seconds)."""

    body: str
    """The `SKILL.md` body."""

    current: bool
    """False when a newer version supersedes this one."""

    resources: list[SkillResourceRef]
    """Resources (content via `skill_resource`)."""

    license: str | None = None
    """License."""

    compatibility: str | None = None
    """Compatibility note."""

    allowed_tools: Any | None = None
    """Allowed tools."""

    signing_agent: str | None = None
    """Agent that signed the skill."""

    superseded_by: str | None = None
    """Id of the version that supersedes this one."""

    metadata: Any | None = None
    """Front-matter metadata."""


# Imported last: these models refer back to this one.
from ..models.skill_resource_ref import SkillResourceRef  # noqa: E402
