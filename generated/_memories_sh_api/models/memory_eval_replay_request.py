"""Body of `POST /api/sdk/v1/management/memory/eval/replay`. Never send null."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field

from ..types import BaseModel


class MemoryEvalReplayRequest(BaseModel):
    """Body of `POST /api/sdk/v1/management/memory/eval/replay`. Never send null."""

    scenarios: list[ReplayScenario]
    """The scenarios."""

    tenant_id: str | None = Field(default=None, alias="tenantId")
    """Tenant (routes the database check). Trimmed; 1..120."""

    project_id: str | None = Field(default=None, alias="projectId")
    """Project. Trimmed; 1..240."""

    user_id: str | None = Field(default=None, alias="userId")
    """User (echoed). Trimmed; 1..120."""

    now_iso: str | None = Field(default=None, alias="nowIso")
    """Evaluation time (default now)."""

    pass_criteria: ReplayPassCriteria | None = Field(default=None, alias="passCriteria")
    """Pass thresholds (0..1)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "scenarios": {"min_items": 1, "max_items": 200},
        "tenant_id": {
            "min_length": 1,
            "max_length": 120,
            "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
        },
        "project_id": {
            "min_length": 1,
            "max_length": 240,
            "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
        },
        "user_id": {
            "min_length": 1,
            "max_length": 120,
            "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
        },
        "now_iso": {
            "min_length": 1,
            "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
        },
    }


# Imported last: these models refer back to this one.
from ..models.replay_pass_criteria import ReplayPassCriteria  # noqa: E402
from ..models.replay_scenario import ReplayScenario  # noqa: E402
