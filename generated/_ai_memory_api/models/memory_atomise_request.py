"""Params of the MCP `memory_atomise` tool."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class MemoryAtomiseRequest(BaseModel):
    """Params of the MCP `memory_atomise` tool."""

    memory_id: str
    """The memory to split."""

    max_atom_tokens: int = 200
    """Maximum tokens per atom."""

    force_re_atomise: bool = False
    """Split again a memory that was already split."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "memory_id": {"min_length": 1},
        "max_atom_tokens": {"minimum": 50.0, "maximum": 1000.0},
    }
