"""Body of `POST /api/sdk/v1/graph/status`. All fields optional; never send null."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field

from ..types import BaseModel


class GraphStatusRequest(BaseModel):
    """Body of `POST /api/sdk/v1/graph/status`. All fields optional; never send null."""

    top_nodes_limit: int = Field(default=10, alias="topNodesLimit")
    """How many of the most connected nodes to return (1..50)."""

    scope: Scope | None = None
    """Optional scoped routing for runtime and graph requests. Every field is optional and
    **none accepts null** (omit absent fields; send no `scope` key at all when it is empty).
    Strings are trimmed before their length is checked. If `tenantId` is omitted the request
    uses the API key owner's active workspace database (a `projectId` of the form
    `github.com/<owner>/<repo>` may route to the database of the org `<owner>` the key owner
    belongs to)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "top_nodes_limit": {"minimum": 1.0, "maximum": 50.0},
    }


# Imported last: these models refer back to this one.
from ..models.scope import Scope  # noqa: E402
