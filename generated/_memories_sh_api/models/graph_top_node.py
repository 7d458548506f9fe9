"""One of the most connected graph nodes."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class GraphTopNode(BaseModel):
    """One of the most connected graph nodes."""

    node_type: str = Field(alias="nodeType")
    """Node type: `memory_type`, `repo`, `user`, `category` or `topic`."""

    node_key: str = Field(alias="nodeKey")
    """Node key."""

    label: str
    """Display label."""

    memory_links: int = Field(alias="memoryLinks")
    """Linked memories."""

    outbound_edges: int = Field(alias="outboundEdges")
    """Outgoing edges."""

    inbound_edges: int = Field(alias="inboundEdges")
    """Incoming edges."""

    degree: int
    """memoryLinks + outboundEdges + inboundEdges."""
