"""Traversal result."""

from __future__ import annotations

from typing import Any

from ..types import BaseModel


class KgQueryResponse(BaseModel):
    """Traversal result."""

    source_id: str
    """Start memory id."""

    max_depth: int
    """Depth used."""

    memories: list[OpenObject]
    """Reached memories (shape not determined; open objects)."""

    paths: list[Any]
    """Paths (shape not determined)."""

    count: int
    """Number of reached memories."""


# Imported last: these models refer back to this one.
from ..models.open_object import OpenObject  # noqa: E402
