"""A skill's compositional context."""

from __future__ import annotations

from ..types import BaseModel


class SkillComposeResponse(BaseModel):
    """A skill's compositional context."""

    skill_id: str
    """Skill id."""

    skill_namespace: str
    """Skill namespace."""

    skill_name: str
    """Skill name."""

    body: str
    """Skill body."""

    compositional_namespaces: list[OpenObject]
    """The namespaces composed: `{namespace, min_depth, max_reflection_depth}`."""

    reflections: list[OpenObject]
    """Reflections within the budget: `{id, namespace, title, content, created_at, access_count,
    reflection_depth, memory_kind, score}`."""

    budget_tokens: int
    """Budget applied."""

    tokens_used: int
    """Tokens of the emitted reflections."""

    memories_dropped: int
    """Reflections left out by the budget."""


# Imported last: these models refer back to this one.
from ..models.open_object import OpenObject  # noqa: E402
