"""Body of `POST` / `PATCH /api/sdk/v1/graph/rollout`. Never send null."""

from __future__ import annotations

from ..models.rollout_mode import RolloutMode
from ..types import BaseModel


class GraphRolloutUpdateRequest(BaseModel):
    """Body of `POST` / `PATCH /api/sdk/v1/graph/rollout`. Never send null."""

    mode: RolloutMode
    """Graph rollout mode: `off` (baseline only), `shadow` (graph expansion computed for metrics
    but not applied) or `canary` (applied when the quality gate allows)."""

    scope: Scope | None = None
    """Optional scoped routing for runtime and graph requests. Every field is optional and
    **none accepts null** (omit absent fields; send no `scope` key at all when it is empty).
    Strings are trimmed before their length is checked. If `tenantId` is omitted the request
    uses the API key owner's active workspace database (a `projectId` of the form
    `github.com/<owner>/<repo>` may route to the database of the org `<owner>` the key owner
    belongs to)."""


# Imported last: these models refer back to this one.
from ..models.scope import Scope  # noqa: E402
