"""Progress of the embedding backfill of one scope."""

from __future__ import annotations

from pydantic import Field

from ..models.embedding_backfill_state import EmbeddingBackfillState
from ..types import BaseModel, Timestamp


class EmbeddingBackfillStatus(BaseModel):
    """Progress of the embedding backfill of one scope."""

    scope_key: str = Field(alias="scopeKey")
    """Key of the backfill scope."""

    model_id: str = Field(alias="modelId")
    """The model being backfilled."""

    project_id: None | str = Field(alias="projectId")
    """Project, or null."""

    user_id: None | str = Field(alias="userId")
    """User, or null."""

    status: EmbeddingBackfillState
    """State of an embedding backfill."""

    checkpoint_created_at: Timestamp | None = Field(alias="checkpointCreatedAt")
    """`createdAt` of the last scanned memory, or null."""

    checkpoint_memory_id: None | str = Field(alias="checkpointMemoryId")
    """Id of the last scanned memory, or null."""

    scanned_count: int = Field(alias="scannedCount")
    """Memories scanned so far."""

    enqueued_count: int = Field(alias="enqueuedCount")
    """Embedding jobs enqueued so far."""

    estimated_total: int = Field(alias="estimatedTotal")
    """Estimated memories to scan."""

    estimated_remaining: int = Field(alias="estimatedRemaining")
    """Estimated memories left."""

    estimated_completion_seconds: float | None = Field(alias="estimatedCompletionSeconds")
    """Estimated seconds to completion, or null."""

    batch_limit: int = Field(alias="batchLimit")
    """Memories per batch."""

    throttle_ms: int = Field(alias="throttleMs")
    """Pause between jobs in milliseconds."""

    started_at: Timestamp | None = Field(alias="startedAt")
    """Start time, or null."""

    last_run_at: Timestamp | None = Field(alias="lastRunAt")
    """Last batch time, or null."""

    completed_at: Timestamp | None = Field(alias="completedAt")
    """Completion time, or null."""

    updated_at: Timestamp | None = Field(alias="updatedAt")
    """Last change, or null."""

    last_error: None | str = Field(alias="lastError")
    """Last error message, or null."""
