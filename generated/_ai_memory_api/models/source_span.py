"""Byte range in the source document (`start` < `end`)."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class SourceSpan(BaseModel):
    """Byte range in the source document (`start` < `end`)."""

    start: int
    """Start offset."""

    end: int
    """End offset (exclusive)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "start": {"minimum": 0.0},
        "end": {"minimum": 0.0},
    }
