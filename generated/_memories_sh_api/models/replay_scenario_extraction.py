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
        "expected": {"max_items": 200, "items": {"min_length": 1}},
        "observed": {"max_items": 200, "items": {"min_length": 1}},
    }
