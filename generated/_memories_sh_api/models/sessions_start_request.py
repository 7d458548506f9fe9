"""Body of `POST /api/sdk/v1/sessions/start`. All fields optional; never send null."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class SessionsStartRequest(BaseModel):
    """Body of `POST /api/sdk/v1/sessions/start`. All fields optional; never send null."""

    title: str | None = None
    """Session title. Trimmed; 1..240."""

    client: str | None = None
    """Client name, e.g. `codex`. Trimmed; 1..120."""

    metadata: SessionsStartRequestMetadata | None = None
    """Free-form metadata."""

    scope: Scope | None = None
    """Optional scoped routing for runtime and graph requests. Every field is optional and
    **none accepts null** (omit absent fields; send no `scope` key at all when it is empty).
    Strings are trimmed before their length is checked. If `tenantId` is omitted the request
    uses the API key owner's active workspace database (a `projectId` of the form
    `github.com/<owner>/<repo>` may route to the database of the org `<owner>` the key owner
    belongs to)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "title": {
            "min_length": 1,
            "max_length": 240,
            "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
        },
        "client": {
            "min_length": 1,
            "max_length": 120,
            "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
        },
    }


# Imported last: these models refer back to this one.
from ..models.scope import Scope  # noqa: E402
from ..models.sessions_start_request_metadata import SessionsStartRequestMetadata  # noqa: E402
