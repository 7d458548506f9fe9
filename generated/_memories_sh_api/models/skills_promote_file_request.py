"""Body of `POST /api/sdk/v1/skills/files/promote`. Never send null."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field

from ..types import BaseModel


class SkillsPromoteFileRequest(BaseModel):
    """Body of `POST /api/sdk/v1/skills/files/promote`. Never send null."""

    session_id: str = Field(alias="sessionId")
    """The session to promote. Trimmed; 1..120."""

    path: str
    """Target skill file path. Trimmed; 1..400."""

    snapshot_id: str | None = Field(default=None, alias="snapshotId")
    """A specific snapshot of the session (default the latest). Trimmed; 1..120."""

    title: str | None = None
    """Procedure title (default `Procedure from <snapshot slug>`). Trimmed; 1..200."""

    procedure_key: str | None = Field(default=None, alias="procedureKey")
    """Procedure key of the file (default the snapshot slug). Trimmed; 1..120."""

    max_steps: int | None = Field(default=None, alias="maxSteps")
    """Maximum number of procedure steps (default 8)."""

    scope: Scope | None = None
    """Optional scoped routing for runtime and graph requests. Every field is optional and
    **none accepts null** (omit absent fields; send no `scope` key at all when it is empty).
    Strings are trimmed before their length is checked. If `tenantId` is omitted the request
    uses the API key owner's active workspace database (a `projectId` of the form
    `github.com/<owner>/<repo>` may route to the database of the org `<owner>` the key owner
    belongs to)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "session_id": {
            "min_length": 1,
            "max_length": 120,
            "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
        },
        "path": {
            "min_length": 1,
            "max_length": 400,
            "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
        },
        "snapshot_id": {
            "min_length": 1,
            "max_length": 120,
            "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
        },
        "title": {
            "min_length": 1,
            "max_length": 200,
            "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
        },
        "procedure_key": {
            "min_length": 1,
            "max_length": 120,
            "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
        },
        "max_steps": {"minimum": 3.0, "maximum": 20.0},
    }


# Imported last: these models refer back to this one.
from ..models.scope import Scope  # noqa: E402
