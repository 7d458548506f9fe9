"""The shared copy."""

from __future__ import annotations

from ..types import BaseModel


class ShareResponse(BaseModel):
    """The shared copy."""

    source_memory_id: str
    """The source id as sent."""

    target_agent_id: str
    """The recipient."""

    shared_memory_id: str | None = None
    """Id of the new copy."""

    target_namespace: str | None = None
    """`_shared/<from_agent_id>→<target_agent_id>/`."""

    from_agent_id: str | None = None
    """Owner of the source (`metadata.agent_id`, or `unknown`)."""
