"""What one `run` did."""

from __future__ import annotations

from pydantic import Field

from ..types import BaseModel


class EmbeddingBackfillBatch(BaseModel):
    """What one `run` did."""

    scanned: int
    """Memories scanned."""

    enqueued: int
    """Jobs enqueued."""

    duration_ms: float = Field(alias="durationMs")
    """Duration in milliseconds."""
