"""429 per-agent quota error."""

from __future__ import annotations

from typing import Literal

from ..models.quota_exceeded_limit import QuotaExceededLimit
from ..types import BaseModel


class QuotaExceeded(BaseModel):
    """429 per-agent quota error."""

    code: Literal["QUOTA_EXCEEDED"]
    """Always `QUOTA_EXCEEDED`."""

    error: str
    """Message."""

    limit: QuotaExceededLimit
    """The exhausted limit."""

    current: int
    """Current usage."""

    max: int
    """Allowed maximum."""

    agent_id: str
    """Agent whose quota is exhausted."""
