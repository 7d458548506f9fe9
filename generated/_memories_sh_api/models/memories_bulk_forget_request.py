"""Body of `POST /api/sdk/v1/memories/bulk-forget`. Never send null."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class MemoriesBulkForgetRequest(BaseModel):
    """Body of `POST /api/sdk/v1/memories/bulk-forget`. Never send null."""

    filters: BulkForgetFilters
    """Filters of `POST /api/sdk/v1/memories/bulk-forget`. At least one of `types`, `tags`,
    `olderThanDays`, `pattern`, or `all: true` alone (the server answers `400 INVALID_REQUEST`
    otherwise). Never send null."""

    dry_run: bool = Field(default=False, alias="dryRun")
    """Only preview the matches (nothing is deleted)."""

    scope: Scope | None = None
    """Optional scoped routing for runtime and graph requests. Every field is optional and
    **none accepts null** (omit absent fields; send no `scope` key at all when it is empty).
    Strings are trimmed before their length is checked. If `tenantId` is omitted the request
    uses the API key owner's active workspace database (a `projectId` of the form
    `github.com/<owner>/<repo>` may route to the database of the org `<owner>` the key owner
    belongs to)."""


# Imported last: these models refer back to this one.
from ..models.bulk_forget_filters import BulkForgetFilters  # noqa: E402
from ..models.scope import Scope  # noqa: E402
