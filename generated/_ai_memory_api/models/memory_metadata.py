"""Free-form metadata. Well-known keys are `agent_id` (owner, set by the daemon), `scope`,
`governance`, `imported_from_agent_id`, `target_agent_id`, `recipient_agent_id` and `message_kind`."""

from __future__ import annotations

from ..types import OpenModel


class MemoryMetadata(OpenModel):
    """Free-form metadata. Well-known keys are `agent_id` (owner, set by the daemon), `scope`,
    `governance`, `imported_from_agent_id`, `target_agent_id`, `recipient_agent_id` and `message_kind`."""
