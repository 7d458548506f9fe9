"""Compose options."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class SkillComposeRequest(BaseModel):
    """Compose options."""

    budget_tokens: int | None = None
    """Token budget."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "budget_tokens": {"minimum": 0.0, "maximum": 1.8446744073709552e19},
    }
