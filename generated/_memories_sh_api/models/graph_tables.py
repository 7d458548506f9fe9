"""Which graph tables exist in the database."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class GraphTables(BaseModel):
    """Which graph tables exist in the database."""

    graph_nodes: bool = Field(alias="graphNodes")
    """`graph_nodes` exists."""

    graph_edges: bool = Field(alias="graphEdges")
    """`graph_edges` exists."""

    memory_node_links: bool = Field(alias="memoryNodeLinks")
    """`memory_node_links` exists."""
