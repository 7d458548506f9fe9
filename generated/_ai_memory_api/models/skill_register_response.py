"""A registered skill."""

from __future__ import annotations

from ..types import BaseModel


class SkillRegisterResponse(BaseModel):
    """A registered skill."""

    registered: bool
    """Always true."""

    id: str
    """New skill id."""

    namespace: str
    """Skill namespace."""

    name: str
    """Skill name."""

    digest: str
    """SHA-256 content digest (hex)."""

    signed: bool
    """Whether the daemon signed the registration."""

    superseded_id: str | None = None
    """Id of the previous version this one replaces."""
