"""The skill created from a reflection."""

from __future__ import annotations

from ..types import BaseModel


class SkillPromoteResponse(BaseModel):
    """The skill created from a reflection."""

    promoted: bool
    """Always true."""

    skill_id: str
    """New skill id."""

    namespace: str
    """Namespace (the reflection's)."""

    name: str
    """Skill name."""

    digest: str
    """SHA-256 content digest (hex)."""

    derived_from_reflection_id: str
    """The reflection memory id."""

    original_reflection_depth: int
    """The reflection's depth."""

    sources_attached: int
    """Source memories attached as references."""

    signed: bool
    """Whether the daemon signed the skill."""

    superseded_id: str | None = None
    """Id of the previous skill of that name."""
