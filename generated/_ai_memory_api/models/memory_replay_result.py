"""The transcripts linked to the memory (and to its ancestors, for a reflection), oldest first."""

from __future__ import annotations

from ..types import BaseModel


class MemoryReplayResult(BaseModel):
    """The transcripts linked to the memory (and to its ancestors, for a reflection), oldest first."""

    memory_id: str
    """The memory as sent."""

    transcripts: list[ReplayTranscript]
    """The transcripts (none until an operator wires transcript capture, or when the caller may not see
    the memory)."""

    count: int
    """Number of transcripts."""


# Imported last: these models refer back to this one.
from ..models.replay_transcript import ReplayTranscript  # noqa: E402
