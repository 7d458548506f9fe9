"""Bulk-delete filters; at least one is required."""

from __future__ import annotations

from typing import Any, ClassVar

from ..models.tier import Tier
from ..types import BaseModel


class ForgetRequest(BaseModel):
    """Bulk-delete filters; at least one is required."""

    namespace: str | None = None
    """Delete memories in this namespace."""

    pattern: str | None = None
    """Delete memories matching this FTS pattern."""

    tier: Tier | None = None
    """Memory tier. Default TTLs are short 6 h, mid 7 days, long none."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "namespace": {"max_length": 512},
    }
