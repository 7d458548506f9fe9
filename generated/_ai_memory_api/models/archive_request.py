"""Memories to archive."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class ArchiveRequest(BaseModel):
    """Memories to archive."""

    ids: list[str]
    """Memory ids (at most 1000)."""

    reason: str = "archive"
    """Archive reason."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "ids": {"max_items": 1000},
    }
