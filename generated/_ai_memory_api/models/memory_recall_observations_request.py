"""Params of the MCP `memory_recall_observations` tool; every filter is optional and they combine with
AND."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class MemoryRecallObservationsRequest(BaseModel):
    """Params of the MCP `memory_recall_observations` tool; every filter is optional and they combine with
    AND."""

    recall_id: str | None = None
    """Only the observations of this recall (blank = no filter)."""

    consumed: bool | None = None
    """Only observations whose memory was (or was not) cited afterwards."""

    since: str | None = None
    """Earliest `observed_at` (RFC 3339, compared as text; blank = no filter)."""

    until: str | None = None
    """Latest `observed_at` (RFC 3339, compared as text; blank = no filter)."""

    limit: int = 200
    """Maximum observations (larger values are capped at 1000)."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "limit": {"minimum": 0.0, "maximum": 1000.0},
    }
