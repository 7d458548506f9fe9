"""The reflection written."""

from __future__ import annotations

from ..types import BaseModel


class MemoryReflectResult(BaseModel):
    """The reflection written."""

    id: str
    """Id of the new reflection memory."""

    reflection_depth: int
    """Its depth (1 + the deepest source's depth)."""

    reflects_on: list[str]
    """The source ids."""

    namespace: str
    """Namespace of the reflection."""
