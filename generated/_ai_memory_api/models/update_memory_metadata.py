"""New metadata (`agent_id` is preserved)."""

from __future__ import annotations

from ..types import OpenModel


class UpdateMemoryMetadata(OpenModel):
    """New metadata (`agent_id` is preserved)."""
