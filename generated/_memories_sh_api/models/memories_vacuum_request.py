"""Body of `POST /api/sdk/v1/memories/vacuum`. Never send null."""

from __future__ import annotations

from ..types import BaseModel


class MemoriesVacuumRequest(BaseModel):
    """Body of `POST /api/sdk/v1/memories/vacuum`. Never send null."""

    scope: Scope | None = None
    """Optional scoped routing for runtime and graph requests. Every field is optional and
    **none accepts null** (omit absent fields; send no `scope` key at all when it is empty).
    Strings are trimmed before their length is checked. If `tenantId` is omitted the request
    uses the API key owner's active workspace database (a `projectId` of the form
    `github.com/<owner>/<repo>` may route to the database of the org `<owner>` the key owner
    belongs to)."""


# Imported last: these models refer back to this one.
from ..models.scope import Scope  # noqa: E402
