"""Memories updated since a timestamp."""

from __future__ import annotations

from ..types import BaseModel


class SyncSinceResponse(BaseModel):
    """Memories updated since a timestamp."""

    count: int
    """Number of memories."""

    limit: int
    """Limit used."""

    memories: list[Memory]
    """The memories, oldest `updated_at` first."""

    updated_since: None | str = None
    """The `since` used."""

    earliest_updated_at: None | str = None
    """Earliest `updated_at` in the batch."""

    latest_updated_at: None | str = None
    """Latest `updated_at` in the batch (use as the next `since`)."""

    excluded_for_scope: int | None = None
    """Rows left out because their namespace is outside the peer's scope."""

    excluded_for_scope_private: int | None = None
    """Private rows left out because the caller may not see them."""

    scope_status: str | None = None
    """`scoped`, `legacy_bypass` (`AI_MEMORY_FED_SYNC_TRUST_PEER=1` without an allowlist) or
    `no_allowlist_default_deny` (no rows returned)."""


# Imported last: these models refer back to this one.
from ..models.memory import Memory  # noqa: E402
