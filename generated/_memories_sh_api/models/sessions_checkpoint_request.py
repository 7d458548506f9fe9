"""Body of `POST /api/sdk/v1/sessions/checkpoint`. Never send null."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field

from ..models.session_event_kind import SessionEventKind
from ..models.session_event_role import SessionEventRole
from ..types import BaseModel


class SessionsCheckpointRequest(BaseModel):
    """Body of `POST /api/sdk/v1/sessions/checkpoint`. Never send null."""

    session_id: str = Field(alias="sessionId")
    """The session. Trimmed; 1..120."""

    content: str
    """Event content. Trimmed; 1..16000."""

    role: SessionEventRole | None = None
    """Who produced a session event."""

    kind: SessionEventKind | None = None
    """Kind of a session event."""

    token_count: int | None = Field(default=None, alias="tokenCount")
    """Token count of the event."""

    turn_index: int | None = Field(default=None, alias="turnIndex")
    """Turn index of the event."""

    is_meaningful: bool | None = Field(default=None, alias="isMeaningful")
    """Whether the event is meaningful for compaction (default true)."""

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
        "content": {
            "min_length": 1,
            "max_length": 16000,
            "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
        },
        "token_count": {"minimum": 0.0, "maximum": 9007199254740991.0},
        "turn_index": {"minimum": 0.0, "maximum": 9007199254740991.0},
    }


# Imported last: these models refer back to this one.
from ..models.scope import Scope  # noqa: E402
