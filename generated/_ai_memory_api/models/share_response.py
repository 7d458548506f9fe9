"""The shared copy."""

from __future__ import annotations

from ..types import BaseModel


class ShareResponse(BaseModel):
    """The shared copy."""

    shared_memory_id: str
    """Id of the new copy."""

    source_memory_id: str
    """The source id as sent."""

    target_namespace: str
    """`_shared/<from_agent_id>→<target_agent_id>/`."""

    target_agent_id: str
    """The recipient."""

    from_agent_id: str
    """Owner of the source (`metadata.agent_id`, or `unknown`)."""
