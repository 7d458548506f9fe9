"""201 response of create. Optional keys appear only when relevant."""

from __future__ import annotations

from ..models.tier import Tier
from ..types import BaseModel


class CreateMemoryResponse(BaseModel):
    """201 response of create. Optional keys appear only when relevant."""

    id: str
    """Id of the new (or, with `on_conflict: merge`, the existing) memory."""

    tier: Tier
    """Memory tier. Default TTLs are short 6 h, mid 7 days, long none."""

    namespace: str
    """Namespace."""

    title: str
    """Stored title (`"<title> (<n>)"` with `on_conflict: version`)."""

    agent_id: str
    """Owner stamped into `metadata.agent_id`."""

    potential_contradictions: list[str] | None = None
    """Ids of memories that may contradict this one."""

    quorum_acks: int | None = None
    """Peer acknowledgements (quorum writes)."""

    auto_tags: list[str] | None = None
    """Tags added by the LLM auto-tagger."""

    embed_status: str | None = None
    """Present only when embedding was degraded."""

    embed_status_reason: str | None = None
    """Why embedding was degraded."""
