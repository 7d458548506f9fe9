"""Counters of a federation push (SQLite build)."""

from __future__ import annotations

from ..types import BaseModel


class SyncPushResponse(BaseModel):
    """Counters of a federation push (SQLite build)."""

    applied: int
    """Memories inserted or updated."""

    deleted: int
    """Memories deleted."""

    archived: int
    """Memories archived."""

    restored: int
    """Memories restored from the archive."""

    links_applied: int
    """Links applied."""

    pendings_applied: int
    """Pending actions mirrored."""

    pending_decisions_applied: int
    """Decisions applied."""

    namespace_meta_applied: int
    """Namespace metadata entries applied."""

    namespace_meta_cleared: int
    """Namespace metadata entries cleared."""

    noop: int
    """Entries that changed nothing (older or identical)."""

    skipped: int
    """Entries skipped (invalid or refused)."""

    quota_refused: int
    """Memories refused by the sender's quota."""

    dry_run: bool
    """Echo of the request's `dry_run`."""

    receiver_agent_id: str
    """This daemon's caller identity (`X-Agent-Id`, or an anonymous id)."""

    receiver_clock: VectorClock
    """Map of peer agent id to the latest `updated_at` seen from that peer."""


# Imported last: these models refer back to this one.
from ..models.vector_clock import VectorClock  # noqa: E402
