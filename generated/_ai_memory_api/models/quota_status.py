"""One quota row (or the aggregate over an agent's namespaces, with `namespace` = `_global`)."""

from __future__ import annotations

from ..types import BaseModel


class QuotaStatus(BaseModel):
    """One quota row (or the aggregate over an agent's namespaces, with `namespace` = `_global`)."""

    agent_id: str
    """Agent id."""

    namespace: str
    """Namespace, or `_global` for the aggregate."""

    max_memories_per_day: int
    """Daily memory limit (default 1000)."""

    max_storage_bytes: int
    """Storage limit in bytes (default 104857600)."""

    max_links_per_day: int
    """Daily link limit (default 5000)."""

    current_memories_today: int
    """Memories written today."""

    current_storage_bytes: int
    """Bytes stored."""

    current_links_today: int
    """Links created today."""

    day_started_at: str
    """Day of the current daily bucket (`YYYY-MM-DD` when the row is created)."""

    created_at: str
    """Row creation time (RFC 3339)."""

    updated_at: str
    """Last update (RFC 3339)."""
