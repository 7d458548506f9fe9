"""Body of `POST /api/sdk/v1/skills/files/delete`. The scope must match the file's exact scope. Never
send null."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class SkillsDeleteFileRequest(BaseModel):
    """Body of `POST /api/sdk/v1/skills/files/delete`. The scope must match the file's exact scope. Never
    send null."""

    path: str
    """File path. Trimmed; 1..400 characters after trimming."""

    scope: Scope | None = None
    """Optional scoped routing for runtime and graph requests. Every field is optional and
    **none accepts null** (omit absent fields; send no `scope` key at all when it is empty).
    Strings are trimmed before their length is checked. If `tenantId` is omitted the request
    uses the API key owner's active workspace database (a `projectId` of the form
    `github.com/<owner>/<repo>` may route to the database of the org `<owner>` the key owner
    belongs to)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "path": {
            "min_length": 1,
            "max_length": 400,
            "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
        },
    }


# Imported last: these models refer back to this one.
from ..models.scope import Scope  # noqa: E402
