"""The SLO thresholds the alarms use."""

from __future__ import annotations

from ..types import OpenModel


class EmbeddingObservabilityDataSlos(OpenModel):
    """The SLO thresholds the alarms use."""
