"""Inputs of the derived confidence."""

from __future__ import annotations

from ..types import BaseModel


class ConfidenceSignals(BaseModel):
    """Inputs of the derived confidence."""

    source_age_days: float
    """Age of the source in days."""

    atom_derivation: bool
    """Whether the memory was derived by atomisation."""

    prior_corroboration_count: int
    """Number of corroborating memories."""

    freshness_factor: float
    """Freshness multiplier."""

    baseline_per_source: float
    """Baseline confidence of the source."""
