"""The skill to create from a reflection."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class SkillPromoteRequest(BaseModel):
    """The skill to create from a reflection."""

    name: str
    """New skill's name (skill-name rules of `SKILL.md`)."""

    description: str
    """New skill's description (at most 1024 characters)."""

    parameters_schema: Any | None = None
    """Optional JSON Schema of the skill's parameters, stored with it."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "name": {"min_length": 1},
        "description": {"max_length": 1024},
    }
