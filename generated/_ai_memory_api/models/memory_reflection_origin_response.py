"""Federation provenance of a memory."""

from __future__ import annotations

from ..types import BaseModel


class MemoryReflectionOriginResponse(BaseModel):
    """Federation provenance of a memory."""

    memory_id: str
    """The memory."""

    peer_origin: None | str
    """The peer that delivered the row by sync (`null` for a local memory)."""

    signing_agent: None | str
    """Its `metadata.agent_id`, or `null`."""

    original_depth: int
    """Its `reflection_depth`."""

    local_depth_at_arrival: int | None
    """This daemon's reflection-depth cap when the row arrived by sync (`null` for a local memory)."""

    is_reflection: bool
    """Whether `reflection_depth` is above 0."""
