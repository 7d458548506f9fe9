"""Recall observations, newest `observed_at` first."""

from __future__ import annotations

from ..types import BaseModel


class MemoryRecallObservationsResponse(BaseModel):
    """Recall observations, newest `observed_at` first."""

    observations: list[RecallObservation]
    """The observations."""

    count: int
    """Number of observations."""


# Imported last: these models refer back to this one.
from ..models.recall_observation import RecallObservation  # noqa: E402
