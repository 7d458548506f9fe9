"""Expected vs. observed extracted facts (each list at most 200)."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class ReplayScenarioExtraction(BaseModel):
    """Expected vs. observed extracted facts (each list at most 200)."""

    expected: list[str]
    """Expected facts."""

    observed: list[str]
    """Observed facts."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "expected": {
            "max_items": 200,
            "items": {
                "min_length": 1,
                "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
            },
        },
        "observed": {
            "max_items": 200,
            "items": {
                "min_length": 1,
                "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
            },
        },
    }
