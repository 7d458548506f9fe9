"""A resource of a skill."""

from __future__ import annotations

from ..types import BaseModel


class SkillResourceRef(BaseModel):
    """A resource of a skill."""

    path: str
    """Resource path."""

    kind: str
    """Resource kind."""
