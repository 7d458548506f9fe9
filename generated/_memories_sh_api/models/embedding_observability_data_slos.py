"""The SLO thresholds the alarms use."""

from __future__ import annotations

from ..types import BaseModel


class EmbeddingObservabilityDataSlos(BaseModel):
    """The SLO thresholds the alarms use."""
