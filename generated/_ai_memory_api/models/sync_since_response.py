"""Memories updated since a timestamp."""

from __future__ import annotations

from ..models.sync_since_response_scope_status import SyncSinceResponseScopeStatus
from ..types import BaseModel


class SyncSinceResponse(BaseModel):
    """Memories updated since a timestamp."""

    count: int
    """Number of memories."""

    limit: int
    """Limit used."""

    updated_since: None | str
    """The `since` used."""

    earliest_updated_at: None | str
    """Earliest `updated_at` in the batch."""

    latest_updated_at: None | str
    """Latest `updated_at` in the batch (use as the next `since`)."""

    memories: list[Memory]
    """The memories, oldest `updated_at` first."""

    excluded_for_scope: int
    """Rows left out because their namespace is outside the peer's scope."""

    excluded_for_scope_private: int
    """Private rows left out because the caller may not see them."""

    scope_status: SyncSinceResponseScopeStatus
    """`scoped`, `legacy_bypass` (`AI_MEMORY_FED_SYNC_TRUST_PEER=1` without an allowlist) or
    `no_allowlist_default_deny` (no rows returned)."""


# Imported last: these models refer back to this one.
from ..models.memory import Memory  # noqa: E402
