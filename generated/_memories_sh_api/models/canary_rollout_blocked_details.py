"""`details` of `CANARY_ROLLOUT_BLOCKED` (409)."""

from __future__ import annotations

from pydantic import Field

from ..models.quality_gate_status import QualityGateStatus
from ..types import BaseModel


class CanaryRolloutBlockedDetails(BaseModel):
    """`details` of `CANARY_ROLLOUT_BLOCKED` (409)."""

    reason_codes: list[str] = Field(alias="reasonCodes")
    """Codes of the blocking quality-gate reasons (see `QualityReason.code`)."""

    quality_status: QualityGateStatus = Field(alias="qualityStatus")
    """Retrieval quality-gate status."""

    window_hours: int = Field(alias="windowHours")
    """Evaluation window of the quality gate in hours (24)."""
