"""`{totalCount, windowCount, trend: up|down|flat, daily[{date, count}]}`."""

from __future__ import annotations

from ..types import OpenModel


class MemoryObservabilityDataContradictions(OpenModel):
    """`{totalCount, windowCount, trend: up|down|flat, daily[{date, count}]}`."""
