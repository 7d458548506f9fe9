"""`{totalCount, windowCount, trend: up|down|flat, daily[{date, count}]}`."""

from __future__ import annotations

from ..types import BaseModel


class MemoryObservabilityDataContradictions(BaseModel):
    """`{totalCount, windowCount, trend: up|down|flat, daily[{date, count}]}`."""
