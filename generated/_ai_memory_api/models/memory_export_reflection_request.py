"""Params of the MCP `memory_export_reflection` tool."""

from __future__ import annotations

from typing import Any, ClassVar

from ..models.memory_export_reflection_request_format import (
    MemoryExportReflectionRequestFormat,
)
from ..types import BaseModel


class MemoryExportReflectionRequest(BaseModel):
    """Params of the MCP `memory_export_reflection` tool."""

    memory_id: str
    """A reflection memory's id."""

    format: MemoryExportReflectionRequestFormat = MemoryExportReflectionRequestFormat.MD
    """`md` (alias `markdown`: YAML front matter and the content) or `json`; case-insensitive."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "memory_id": {"min_length": 1},
    }
