"""Requested vs. applied strategy of a trace."""

from __future__ import annotations

from ..models.retrieval_strategy import RetrievalStrategy
from ..types import BaseModel


class GraphTraceStrategy(BaseModel):
    """Requested vs. applied strategy of a trace."""

    requested: RetrievalStrategy
    """Graph retrieval strategy (legacy names, still used in traces at [H])."""

    applied: RetrievalStrategy
    """Graph retrieval strategy (legacy names, still used in traces at [H])."""
