"""Why a memory was added by graph expansion. Present (as `Memory.graph`) only on memories
added by graph expansion in `context/get` and `graph/trace`."""

from __future__ import annotations

from typing import Any, ClassVar

from pydantic import Field

from ..models.graph_explainability_why_included import GraphExplainabilityWhyIncluded
from ..types import BaseModel


class GraphExplainability(BaseModel):
    """Why a memory was added by graph expansion. Present (as `Memory.graph`) only on memories
    added by graph expansion in `context/get` and `graph/trace`."""

    why_included: GraphExplainabilityWhyIncluded = Field(alias="whyIncluded")
    """Always `graph_expansion` (an enum rather than a const so that future values still parse)."""

    linked_via_node: str = Field(alias="linkedViaNode")
    """The node that linked it, as `<nodeType>:<nodeKey>`, e.g. `topic:rollout`. Node types:
    `memory_type`, `repo`, `user`, `category`, `topic`."""

    edge_type: str = Field(alias="edgeType")
    """`shared_node` or a graph edge type. [S]: `authored_by`, `contains_type`, `about`,
    `mentions`, `related_to`; [H] adds `caused_by`, `contradicts`, `supersedes`,
    `similar_to`, `depends_on`, `prefers_over`, `specializes`, `conditional_on`."""

    hop_count: int = Field(alias="hopCount")
    """Number of hops from the seed memory (at least 1)."""

    seed_memory_id: str = Field(alias="seedMemoryId")
    """Id of the baseline memory the expansion started from."""

    confidence: float | None = None
    """**[H] only**: edge confidence, 0..1."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "hop_count": {"minimum": 1.0},
        "confidence": {"minimum": 0.0, "maximum": 1.0},
    }
