"""Paths found."""

from __future__ import annotations

from typing import Any

from ..types import BaseModel


class FindPathsResponse(BaseModel):
    """Paths found."""

    paths: list[Any]
    """Paths (shape not determined)."""

    count: int
    """Number of paths."""

    source_id: str
    """Start memory id."""

    target_id: str
    """End memory id."""
