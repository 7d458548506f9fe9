"""Graph row counts (all 0 when the schema is missing)."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class GraphCounts(BaseModel):
    """Graph row counts (all 0 when the schema is missing)."""

    nodes: int
    """Number of nodes."""

    edges: int
    """Number of edges."""

    memory_links: int = Field(alias="memoryLinks")
    """Number of memory-node links."""

    active_edges: int = Field(alias="activeEdges")
    """Edges not expired."""

    expired_edges: int = Field(alias="expiredEdges")
    """Expired edges."""

    orphan_nodes: int = Field(alias="orphanNodes")
    """Nodes without memory links."""
