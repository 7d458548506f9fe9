"""Body of `POST /api/sdk/v1/memories/consolidate`. All fields optional; never send null."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field

from ..models.memory_type import MemoryType
from ..types import BaseModel


class MemoriesConsolidateRequest(BaseModel):
    """Body of `POST /api/sdk/v1/memories/consolidate`. All fields optional; never send null."""

    types: list[MemoryType] | None = None
    """Memory types to consolidate (default `rule`, `decision`, `fact`, `note`)."""

    include_global: bool = Field(default=True, alias="includeGlobal")
    """With `scope.projectId`, also consider global memories."""

    global_only: bool = Field(default=False, alias="globalOnly")
    """Only consider global memories."""

    dry_run: bool = Field(default=False, alias="dryRun")
    """Compute the groups without changing any memory (the run is still recorded)."""

    model: str | None = None
    """Model name recorded with the run. Trimmed; 1..160."""

    scope: Scope | None = None
    """Optional scoped routing for runtime and graph requests. Every field is optional and
    **none accepts null** (omit absent fields; send no `scope` key at all when it is empty).
    Strings are trimmed before their length is checked. If `tenantId` is omitted the request
    uses the API key owner's active workspace database (a `projectId` of the form
    `github.com/<owner>/<repo>` may route to the database of the org `<owner>` the key owner
    belongs to)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "types": {"min_items": 1},
        "model": {
            "min_length": 1,
            "max_length": 160,
            "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
        },
    }


# Imported last: these models refer back to this one.
from ..models.scope import Scope  # noqa: E402
