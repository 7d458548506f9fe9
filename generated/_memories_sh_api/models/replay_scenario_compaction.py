"""A checkpoint and the facts it must retain."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field

from ..types import BaseModel


class ReplayScenarioCompaction(BaseModel):
    """A checkpoint and the facts it must retain."""

    checkpoint: str
    """Checkpoint text."""

    required_facts: list[str] = Field(alias="requiredFacts")
    """Facts the checkpoint must contain."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "checkpoint": {
            "min_length": 1,
            "max_length": 50000,
            "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
        },
        "required_facts": {
            "max_items": 200,
            "items": {
                "min_length": 1,
                "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
            },
        },
    }
