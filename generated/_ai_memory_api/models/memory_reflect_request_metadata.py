"""Metadata merged with the reflection metadata (caller keys win); `metadata.agent_id` is the writer
when `agent_id` is absent."""

from __future__ import annotations

from ..types import OpenModel


class MemoryReflectRequestMetadata(OpenModel):
    """Metadata merged with the reflection metadata (caller keys win); `metadata.agent_id` is the writer
    when `agent_id` is absent."""
