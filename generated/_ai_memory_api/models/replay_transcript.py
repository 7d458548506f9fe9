"""One transcript of a replay."""

from __future__ import annotations

from ..types import BaseModel


class ReplayTranscript(BaseModel):
    """One transcript of a replay."""

    id: str
    """Transcript id."""

    created_at: str
    """When it was stored."""

    compressed_size: int
    """Stored (zstd) size in bytes."""

    original_size: int
    """Text size in bytes."""

    span_start: int | None
    """Start of the span linked to the memory, or `null`."""

    span_end: int | None
    """End of the span linked to the memory, or `null`."""

    source_memory_id: str
    """The memory (or ancestor) the transcript is linked to."""

    content: str | None = None
    """The text (absent when `truncated`)."""

    truncated: bool | None = None
    """`true` when the text was left out (over 100 KB without `verbose`)."""
