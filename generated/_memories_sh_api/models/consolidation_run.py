"""A recorded consolidation run."""

from __future__ import annotations

from pydantic import Field

from ..models.record_scope import RecordScope
from ..types import BaseModel, Timestamp


class ConsolidationRun(BaseModel):
    """A recorded consolidation run."""

    id: str
    """Run id (12 lowercase hex characters)."""

    scope: RecordScope
    """Storage scope of a memory or skill file; `project` iff a projectId was given on write."""

    project_id: None | str = Field(alias="projectId")
    """The project, or null for a global run."""

    user_id: None | str = Field(alias="userId")
    """The user, or null for shared rows."""

    input_count: int = Field(alias="inputCount")
    """Candidate memories considered."""

    merged_count: int = Field(alias="mergedCount")
    """Groups with more than one memory (one winner each)."""

    superseded_count: int = Field(alias="supersededCount")
    """Memories superseded by a winner."""

    conflicted_count: int = Field(alias="conflictedCount")
    """Superseded memories whose content differed from the winner's."""

    model: None | str
    """The `model` of the request, or null."""

    created_at: Timestamp = Field(alias="createdAt")
    """Run time."""

    metadata: ConsolidationRunMetadataType0 | None
    """`{dryRun, includeGlobal, globalOnly, types, candidateGroups}`."""


# Imported last: these models refer back to this one.
from ..models.consolidation_run_metadata_type_0 import ConsolidationRunMetadataType0  # noqa: E402
