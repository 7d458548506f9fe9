"""Derived-confidence statistics of one (namespace, source)."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class ConfidenceBaseline(BaseModel):
    """Derived-confidence statistics of one (namespace, source)."""

    namespace: str
    """Namespace."""

    source: str
    """The memories' `source`."""

    count: int
    """Observations."""

    median: float
    """Median derived confidence."""

    mean: float
    """Mean derived confidence."""

    buckets: list[int]
    """Histogram over [0.0, 0.1) … [0.9, 1.0]."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "buckets": {"min_items": 10, "max_items": 10},
    }
