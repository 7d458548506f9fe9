"""One ranked entry of the mode-selected memories of a trace."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field

from ..models.graph_recall_item_source import GraphRecallItemSource
from ..models.memory_layer import MemoryLayer
from ..models.memory_type import MemoryType
from ..models.record_scope import RecordScope
from ..types import BaseModel


class GraphRecallItem(BaseModel):
    """One ranked entry of the mode-selected memories of a trace."""

    rank: int
    """1-based rank."""

    memory_id: None | str = Field(alias="memoryId")
    """The memory id (null only for malformed rows)."""

    layer: MemoryLayer
    """Injection layer: `rule` (always-on), `working` (short-lived, expires after the server's
    TTL, 24 h by default) or `long_term`. In responses, a missing or invalid stored layer is
    derived from the type (`rule` → `rule`, otherwise `long_term`)."""

    type: MemoryType
    """Memory type. Requests accept exactly these five values (default `note` on add). In
    responses the raw stored value is passed through, so rows written by other tools may carry
    other strings; SDK enums are open and keep unknown values."""

    scope: RecordScope
    """Storage scope of a memory or skill file; `project` iff a projectId was given on write."""

    project_id: None | str = Field(alias="projectId")
    """The memory's project, or null."""

    source: GraphRecallItemSource
    """Whether the memory came from baseline retrieval or graph expansion."""

    graph: GraphExplainability | None
    """The graph explainability for graph-expansion hits, null for baseline hits."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "rank": {"minimum": 1.0},
    }


# Imported last: these models refer back to this one.
from ..models.graph_explainability import GraphExplainability  # noqa: E402
