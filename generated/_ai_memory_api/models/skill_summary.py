"""A skill as listed."""

from __future__ import annotations

from typing import Any

from ..types import BaseModel


class SkillSummary(BaseModel):
    """A skill as listed."""

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

    license: str | None = None
    """License, when the front matter has one."""

    compatibility: str | None = None
    """Compatibility note, when the front matter has one."""

    allowed_tools: Any | None = None
    """Allowed tools from the front matter."""

    signing_agent: str | None = None
    """Agent that signed the skill."""

    metadata: SkillSummaryMetadata | None = None
    """Front-matter metadata (omitted when empty in lists)."""


# Imported last: these models refer back to this one.
from ..models.skill_summary_metadata import SkillSummaryMetadata  # noqa: E402
