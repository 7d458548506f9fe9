"""Params of the MCP `memory_calibrate_confidence` tool."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class MemoryCalibrateConfidenceRequest(BaseModel):
    """Params of the MCP `memory_calibrate_confidence` tool."""

    days: int = 30
    """Window in days (0 or less is 400 `days must be a positive integer`; a non-integer means 30)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "days": {"minimum": 1.0},
    }
