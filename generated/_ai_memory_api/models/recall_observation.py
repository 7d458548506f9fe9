"""One memory returned by one MCP `memory_recall` call (the daemon's HTTP recall records none)."""

from __future__ import annotations

from ..types import BaseModel


class RecallObservation(BaseModel):
    """One memory returned by one MCP `memory_recall` call (the daemon's HTTP recall records none)."""

    recall_id: str
    """Id of the recall."""

    memory_id: str
    """The memory returned."""

    retriever: str
    """The recall mode: `hybrid+rerank`, `hybrid` or `keyword`."""

    rank: int
    """1-based rank in the result."""

    score: float
    """Score that produced the rank."""

    consumed: bool
    """Whether a later store or link cited the memory with this `recall_id`."""

    observed_at: str
    """When the recall ran (RFC 3339)."""

    consumed_at: str | None = None
    """When it was cited (only when consumed)."""

    consumed_by_memory_id: str | None = None
    """The memory whose write cited it (only when consumed)."""
