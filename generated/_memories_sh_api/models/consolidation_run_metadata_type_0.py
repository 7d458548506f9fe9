"""`{dryRun, includeGlobal, globalOnly, types, candidateGroups}`."""

from __future__ import annotations

from ..types import BaseModel


class ConsolidationRunMetadataType0(BaseModel):
    """`{dryRun, includeGlobal, globalOnly, types, candidateGroups}`."""
