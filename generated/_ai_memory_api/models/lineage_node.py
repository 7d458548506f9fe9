"""One node of a lineage walk."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class LineageNode(BaseModel):
    """One node of a lineage walk."""

    id: str
    """Memory id."""

    cid: str
    """Content id of the memory."""

    relation: str
    """Relation that links this node into the walk."""

    depth: int
    """Hops from the starting memory."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "depth": {"minimum": 1.0},
    }
