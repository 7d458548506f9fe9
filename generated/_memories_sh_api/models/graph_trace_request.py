"""Body of `POST /api/sdk/v1/graph/trace`: as `ContextGetRequest` without
`includeSkillFiles`, with `limit` defaulting to 10 and `strategy` to `hybrid_graph`, and
only the `baseline` / `hybrid_graph` strategies (even at [H]). Never send null."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field

from ..models.context_mode import ContextMode
from ..models.graph_depth import GraphDepth
from ..models.retrieval_strategy import RetrievalStrategy
from ..types import BaseModel


class GraphTraceRequest(BaseModel):
    """Body of `POST /api/sdk/v1/graph/trace`: as `ContextGetRequest` without
    `includeSkillFiles`, with `limit` defaulting to 10 and `strategy` to `hybrid_graph`, and
    only the `baseline` / `hybrid_graph` strategies (even at [H]). Never send null."""

    query: str = ""
    """What the task is about. Trimmed; at most 500 characters after trimming."""

    limit: int = 10
    """Memory budget (1..50)."""

    include_rules: bool = Field(default=True, alias="includeRules")
    """Whether to return the active rules."""

    mode: ContextMode | None = None
    """Which memories fill `memories`: `all` (working + long-term, deduplicated), `working`,
    `long_term` or `rules_only` (empty `memories`)."""

    strategy: RetrievalStrategy | None = None
    """Graph retrieval strategy (legacy names, still used in traces at [H])."""

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
