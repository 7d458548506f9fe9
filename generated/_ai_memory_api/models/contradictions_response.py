"""Candidate memories and the contradictions between them."""

from __future__ import annotations

from ..types import BaseModel


class ContradictionsResponse(BaseModel):
    """Candidate memories and the contradictions between them."""

    memories: list[Memory]
    """Candidate memories visible to the caller."""

    links: list[ContradictionLink]
    """Stored `contradicts` links between candidates (sorted, `synthesized` false), then synthesized
    pairs (`synthesized` true)."""


# Imported last: these models refer back to this one.
from ..models.contradiction_link import ContradictionLink  # noqa: E402
from ..models.memory import Memory  # noqa: E402
