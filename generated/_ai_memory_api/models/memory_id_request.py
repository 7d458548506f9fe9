"""Params of an MCP tool that takes one memory id."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class MemoryIdRequest(BaseModel):
    """Params of an MCP tool that takes one memory id."""

    memory_id: str
    """The memory id (not empty)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "memory_id": {"min_length": 1},
    }
