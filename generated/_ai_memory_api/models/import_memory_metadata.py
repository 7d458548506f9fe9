"""Metadata (`agent_id` is re-stamped to the caller)."""

from __future__ import annotations

from ..types import OpenModel


class ImportMemoryMetadata(OpenModel):
    """Metadata (`agent_id` is re-stamped to the caller)."""
