"""A contradiction between two candidates, stored or synthesized by the heuristic."""

from __future__ import annotations

from ..types import BaseModel


class ContradictionLink(BaseModel):
    """A contradiction between two candidates, stored or synthesized by the heuristic."""

    source_id: str
    """First memory id."""

    target_id: str
    """Second memory id."""

    relation: str
    """Always `contradicts`."""

    synthesized: bool
    """True for a pair found by the heuristic (same topic or title, different content), false for a
    stored link."""
