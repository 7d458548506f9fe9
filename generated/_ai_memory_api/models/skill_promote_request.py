"""Tool to promote a skill to."""

from __future__ import annotations

from typing import Any

from ..types import BaseModel


class SkillPromoteRequest(BaseModel):
    """Tool to promote a skill to."""

    name: str
    """Tool name."""

    description: str
    """Tool description."""

    parameters_schema: Any | None = None
    """JSON Schema of the tool's parameters."""
