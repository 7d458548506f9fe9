"""One resource's content."""

from __future__ import annotations

from ..models.skill_resource_content_encoding import SkillResourceContentEncoding
from ..types import BaseModel


class SkillResourceContent(BaseModel):
    """One resource's content."""

    skill_id: str
    """Skill id."""

    resource_path: str
    """Resource path."""

    resource_kind: str
    """Resource kind."""

    content: str
    """Content (text, or base64 when `encoding` is `base64`)."""

    encoding: SkillResourceContentEncoding
    """Content encoding."""

    digest: str
    """Stored SHA-256 digest (hex; empty when none)."""

    digest_verified: bool
    """Whether a stored digest was checked."""
