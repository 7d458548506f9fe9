"""Traversal result."""

from __future__ import annotations

from ..types import BaseModel


class KgQueryResponse(BaseModel):
    """Traversal result."""

    source_id: str
    """Start memory id."""

    max_depth: int
    """Depth used."""

    memories: list[KgQueryNode]
    """Reached nodes, one per (link, target)."""

    paths: list[str]
    """The `"<src>-><mid>-><target>"` chain of each node, in the same order."""

    count: int
    """Number of nodes."""


# Imported last: these models refer back to this one.
from ..models.kg_query_node import KgQueryNode  # noqa: E402
