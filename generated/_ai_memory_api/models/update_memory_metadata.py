"""New metadata (`agent_id` is preserved)."""

from __future__ import annotations

from ..types import BaseModel


class UpdateMemoryMetadata(BaseModel):
    """New metadata (`agent_id` is preserved)."""
