"""Body of `POST /api/sdk/v1/sessions/end`. Never send null."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field

from ..models.sessions_end_request_status import SessionsEndRequestStatus
from ..types import BaseModel


class SessionsEndRequest(BaseModel):
    """Body of `POST /api/sdk/v1/sessions/end`. Never send null."""

    session_id: str = Field(alias="sessionId")
    """The session. Trimmed; 1..120."""

    status: SessionsEndRequestStatus = SessionsEndRequestStatus.CLOSED
    """Final status."""

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
    }


# Imported last: these models refer back to this one.
from ..models.scope import Scope  # noqa: E402
