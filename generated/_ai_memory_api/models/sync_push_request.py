"""A federation batch. `memories` is required (may be empty; without it the body is a 422); every other
list defaults to empty and holds at most 1000 entries (else 400)."""

from __future__ import annotations

from typing import Any, ClassVar

from ..types import BaseModel


class SyncPushRequest(BaseModel):
    """A federation batch. `memories` is required (may be empty; without it the body is a 422); every other
    list defaults to empty and holds at most 1000 entries (else 400)."""

    sender_agent_id: str
    """Sending peer's agent id."""

    memories: list[ImportMemory]
    """Memories to upsert (at most 1000)."""

    sender_clock: VectorClock | None = None
    """Map of peer agent id to the latest `updated_at` seen from that peer."""

    sender_wall_clock: str | None = None
    """Sender's wall clock (RFC 3339)."""

    deletions: list[str] | None = None
    """Ids to delete."""

    archives: list[str] | None = None
    """Ids to archive."""

    restores: list[str] | None = None
    """Ids to restore."""

    links: list[MemoryLink] | None = None
    """Links to upsert."""

    pendings: list[PendingAction] | None = None
    """Pending actions to mirror."""

    pending_decisions: list[OpenObject] | None = None
    """Decisions to propagate."""

    namespace_meta: list[OpenObject] | None = None
    """Namespace metadata entries."""

    namespace_meta_clears: list[str] | None = None
    """Namespaces whose metadata is cleared."""

    dry_run: bool = False
    """Validate and count without writing."""

    __sdk_constraints__: ClassVar[dict[str, dict[str, Any]]] = {
        "memories": {"max_items": 1000},
    }


# Imported last: these models refer back to this one.
from ..models.import_memory import ImportMemory  # noqa: E402
from ..models.memory_link import MemoryLink  # noqa: E402
from ..models.open_object import OpenObject  # noqa: E402
from ..models.pending_action import PendingAction  # noqa: E402
from ..models.vector_clock import VectorClock  # noqa: E402
