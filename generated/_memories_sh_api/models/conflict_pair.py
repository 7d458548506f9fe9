"""**[H] only**: two memories that contradict each other."""

from __future__ import annotations

from pydantic import Field

from ..models.conflict_pair_edge_type import ConflictPairEdgeType
from ..types import BaseModel


class ConflictPair(BaseModel):
    """**[H] only**: two memories that contradict each other."""

    memory_a_id: str = Field(alias="memoryAId")
    """First memory id."""

    memory_b_id: str = Field(alias="memoryBId")
    """Second memory id."""

    edge_type: ConflictPairEdgeType = Field(alias="edgeType")
    """Always `contradicts` (an enum rather than a const so that future values still parse)."""

    confidence: float
    """Confidence of the contradiction, 0..1."""

    explanation: str
    """Why they conflict."""

    suggestion: str
    """Suggested resolution."""
