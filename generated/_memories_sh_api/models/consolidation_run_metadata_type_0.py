"""`{dryRun, includeGlobal, globalOnly, types, candidateGroups}`."""

from __future__ import annotations

from ..types import OpenModel


class ConsolidationRunMetadataType0(OpenModel):
    """`{dryRun, includeGlobal, globalOnly, types, candidateGroups}`."""
