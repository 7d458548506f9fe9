"""Optional scoped routing for runtime and graph requests. Every field is optional and
**none accepts null** (omit absent fields; send no `scope` key at all when it is empty).
Strings are trimmed before their length is checked. If `tenantId` is omitted the request
uses the API key owner's active workspace database (a `projectId` of the form
`github.com/<owner>/<repo>` may route to the database of the org `<owner>` the key owner
belongs to)."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field

from ..types import BaseModel


class Scope(BaseModel):
    """Optional scoped routing for runtime and graph requests. Every field is optional and
    **none accepts null** (omit absent fields; send no `scope` key at all when it is empty).
    Strings are trimmed before their length is checked. If `tenantId` is omitted the request
    uses the API key owner's active workspace database (a `projectId` of the form
    `github.com/<owner>/<repo>` may route to the database of the org `<owner>` the key owner
    belongs to)."""

    tenant_id: str | None = Field(default=None, alias="tenantId")
    """AI SDK Project selector: the security/database boundary. Trimmed; 1..120 characters
    after trimming. An unknown tenant is auto-provisioned when the server allows it (the
    first call can then take several seconds), otherwise it answers
    `404 TENANT_DATABASE_NOT_CONFIGURED`."""

    user_id: str | None = Field(default=None, alias="userId")
    """End-user scope inside the tenant database. Reads include shared rows plus this user's
    rows; writes, edits and deletes touch exactly this user's rows (or shared rows when
    omitted). Trimmed; 1..120 characters after trimming."""

    project_id: str | None = Field(default=None, alias="projectId")
    """Repository context filter (not an auth boundary), e.g. `github.com/acme/platform`.
    Reads return global rows plus this project's rows; writes are stored with
    `scope: project`. Trimmed; 1..240 characters after trimming."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "tenant_id": {
            "min_length": 1,
            "max_length": 120,
            "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
        },
        "user_id": {
            "min_length": 1,
            "max_length": 120,
            "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
        },
        "project_id": {
            "min_length": 1,
            "max_length": 240,
            "pattern": "[^\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]",
        },
    }
