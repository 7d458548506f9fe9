"""Metadata (`agent_id` is re-stamped to the caller)."""

from __future__ import annotations

from ..types import BaseModel


class ImportMemoryMetadata(BaseModel):
    """Metadata (`agent_id` is re-stamped to the caller)."""
