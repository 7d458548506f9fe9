"""Lineage walk result (shape from the published SDK)."""

from __future__ import annotations

from ..models.lineage_direction import LineageDirection
from ..types import BaseModel


class LineageResponse(BaseModel):
    """Lineage walk result (shape from the published SDK)."""

    id: str
    """Starting memory id."""

    direction: LineageDirection
    """Direction of a lineage walk."""

    nodes: list[LineageNode]
    """Nodes, tombstoned ancestors included."""

    count: int
    """Number of nodes."""


# Imported last: these models refer back to this one.
from ..models.lineage_node import LineageNode  # noqa: E402
