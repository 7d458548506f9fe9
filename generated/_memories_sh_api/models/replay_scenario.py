"""One replay scenario; at least one of `extraction`, `compaction`, `trigger`."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class ReplayScenario(BaseModel):
    """One replay scenario; at least one of `extraction`, `compaction`, `trigger`."""

    id: str | None = None
    """Scenario id (default `scenario-<n>`)."""

    title: str | None = None
    """Title."""

    extraction: ReplayScenarioExtraction | None = None
    """Expected vs. observed extracted facts (each list at most 200)."""

    compaction: ReplayScenarioCompaction | None = None
    """A checkpoint and the facts it must retain."""

    trigger: ReplayScenarioTrigger | None = None
    """Expected trigger vs. an observed one or one computed from `signals`."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "id": {
            "min_length": 1,
            "max_length": 160,
            "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
        },
        "title": {
            "min_length": 1,
            "max_length": 240,
            "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
        },
    }


# Imported last: these models refer back to this one.
from ..models.replay_scenario_compaction import ReplayScenarioCompaction  # noqa: E402
from ..models.replay_scenario_extraction import ReplayScenarioExtraction  # noqa: E402
from ..models.replay_scenario_trigger import ReplayScenarioTrigger  # noqa: E402
