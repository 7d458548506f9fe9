"""Every quota row (admin)."""

from __future__ import annotations

from ..types import BaseModel


class QuotaStatusList(BaseModel):
    """Every quota row (admin)."""

    quotas: list[QuotaStatus]
    """Rows ordered by agent id, then namespace."""

    count: int
    """Number of rows."""


# Imported last: these models refer back to this one.
from ..models.quota_status import QuotaStatus  # noqa: E402
