"""Data of `POST /api/sdk/v1/graph/trace`."""

from __future__ import annotations

from pydantic import Field

from ..models.context_mode import ContextMode
from ..types import BaseModel


class GraphTraceData(BaseModel):
    """Data of `POST /api/sdk/v1/graph/trace`."""

    mode: ContextMode
    """Which memories fill `memories`: `all` (working + long-term, deduplicated), `working`,
    `long_term` or `rules_only` (empty `memories`)."""

    include_rules: bool = Field(alias="includeRules")
    """Echo of `includeRules`."""

    query: str
    """The trimmed query echo (`""` when omitted)."""

    strategy: GraphTraceStrategy
    """Requested vs. applied strategy of a trace."""

    trace: ContextTrace
    """Retrieval trace of `context/get` and `graph/trace`."""

    tiers: GraphTraceTiers
    """Memory ids per tier (null ids are left out)."""

    recall: list[GraphRecallItem]
    """The mode-selected memories, ranked, with their source."""

    rules: list[Memory]
    """The active rules (`[]` if `includeRules` was false)."""

    memories: list[Memory]
    """The mode-selected memories."""


# Imported last: these models refer back to this one.
from ..models.context_trace import ContextTrace  # noqa: E402
from ..models.graph_recall_item import GraphRecallItem  # noqa: E402
from ..models.graph_trace_strategy import GraphTraceStrategy  # noqa: E402
from ..models.graph_trace_tiers import GraphTraceTiers  # noqa: E402
from ..models.memory import Memory  # noqa: E402
