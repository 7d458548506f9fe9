"""Body of `POST /api/sdk/v1/context/get`. All fields optional; never send null."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field

from ..models.context_mode import ContextMode
from ..models.context_strategy import ContextStrategy
from ..models.graph_depth import GraphDepth
from ..types import BaseModel


class ContextGetRequest(BaseModel):
    """Body of `POST /api/sdk/v1/context/get`. All fields optional; never send null."""

    query: str = ""
    """What the task is about. Trimmed; at most 500 characters after trimming. Empty or
    omitted → "recent" retrieval (ordered by `updated_at DESC`)."""

    limit: int = 5
    """Memory budget (1..50). Rules are not limited by it."""

    include_rules: bool = Field(default=True, alias="includeRules")
    """Whether to return the active rules (`rules` is `[]` when false)."""

    include_skill_files: bool = Field(default=True, alias="includeSkillFiles")
    """Whether to return the scoped skill files (`skillFiles` is `[]` when false)."""

    mode: ContextMode | None = None
    """Which memories fill `memories`: `all` (working + long-term, deduplicated), `working`,
    `long_term` or `rules_only` (empty `memories`)."""

    strategy: ContextStrategy | None = None
    """Requested retrieval strategy for `context/get`. **[S]** accepts `baseline` (tiered recall)
    and `hybrid_graph` (adds graph expansion when enabled). `lexical`, `semantic` and `hybrid`
    are **[H] values** (with `baseline` → `lexical` and `hybrid_graph` → `hybrid` as
    aliases); an [S] server rejects them with `400 INVALID_REQUEST`."""

    graph_depth: GraphDepth | None = Field(default=None, alias="graphDepth")
    """Graph traversal depth for hybrid retrieval; exactly 0, 1 or 2."""

    graph_limit: int = Field(default=8, alias="graphLimit")
    """Maximum number of graph-expanded memories to add (1..50)."""

    scope: Scope | None = None
    """Optional scoped routing for runtime and graph requests. Every field is optional and
    **none accepts null** (omit absent fields; send no `scope` key at all when it is empty).
    Strings are trimmed before their length is checked. If `tenantId` is omitted the request
    uses the API key owner's active workspace database (a `projectId` of the form
    `github.com/<owner>/<repo>` may route to the database of the org `<owner>` the key owner
    belongs to)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "query": {"max_length": 500},
        "limit": {"minimum": 1.0, "maximum": 50.0},
        "graph_limit": {"minimum": 1.0, "maximum": 50.0},
    }


# Imported last: these models refer back to this one.
from ..models.scope import Scope  # noqa: E402
