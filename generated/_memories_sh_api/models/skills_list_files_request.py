"""Body of `POST /api/sdk/v1/skills/files/list`. All fields optional; never send null."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field

from ..types import BaseModel


class SkillsListFilesRequest(BaseModel):
    """Body of `POST /api/sdk/v1/skills/files/list`. All fields optional; never send null."""

    limit: int = 100
    """Maximum number of files (1..500)."""

    query: str | None = None
    """**[H] only** (stripped by [S] servers): rank files for this query. At most 500 characters."""

    procedure_key: str | None = Field(default=None, alias="procedureKey")
    """**[H] only** (stripped by [S] servers): filter/rank by procedure key. At most 120 characters."""

    scope: Scope | None = None
    """Optional scoped routing for runtime and graph requests. Every field is optional and
    **none accepts null** (omit absent fields; send no `scope` key at all when it is empty).
    Strings are trimmed before their length is checked. If `tenantId` is omitted the request
    uses the API key owner's active workspace database (a `projectId` of the form
    `github.com/<owner>/<repo>` may route to the database of the org `<owner>` the key owner
    belongs to)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "limit": {"minimum": 1.0, "maximum": 500.0},
        "query": {"max_length": 500},
        "procedure_key": {"max_length": 120},
    }


# Imported last: these models refer back to this one.
from ..models.scope import Scope  # noqa: E402
