"""Configuration and clock of the local ai-memory server."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

VERSION = "0.7.0"

#: The daemon's defaults (R7 ``src/models/memory.rs``): tier TTLs and recall extensions.
SHORT_TTL_SECS = 6 * 3600
MID_TTL_SECS = 7 * 86400
SHORT_EXTEND_SECS = 3600
MID_EXTEND_SECS = 86400
PROMOTION_THRESHOLD = 5


def utc_now() -> datetime:
    return datetime.now(timezone.utc)


class ManualClock:
    """An injectable clock for tests: ``ServerConfig(clock=ManualClock())``, then ``advance()``."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or utc_now()
        self._lock = threading.Lock()

    def __call__(self) -> datetime:
        with self._lock:
            return self._now

    def advance(self, seconds: float = 0, **kwargs: float) -> datetime:
        with self._lock:
            self._now += timedelta(seconds=seconds, **kwargs)
            return self._now

    def set(self, when: datetime) -> None:
        with self._lock:
            self._now = when


@dataclass
class ServerConfig:
    """Settings of the local server. Every default is the v0.7.0 daemon's default.

    - ``visibility``: ``"daemon"`` (R7: private by default; get/update/delete owner-only; search
      and recall show private rows only when ``namespace == as_agent``), ``"owner"`` (private rows
      visible to their owner everywhere, including search/recall) or ``"open"`` (no visibility
      checks, like v0.6.4).
    - ``enforce_admin``: R7 admin gate on stats/agents/gc/export/import/forget/namespaces/... .
    - ``require_approval_hmac``: R7 requires an HMAC signature on ``/pending/{id}/approve|reject``;
      the local server defaults to **off** (set True to get R7's 401 behaviour).
    - ``governance``: namespace -> policy dict (e.g. ``{"write": "approve"}``), merged with
      policies set through ``POST /api/v1/namespaces``.
    - ``webhook_retry_delays`` / ``webhook_ack_timeout``: the daemon's 200 ms / 1 s / 5 s and 5 s.
    - ``approvals_stream_seconds``: close ``GET /approvals/stream`` after this many seconds (``None``:
      open until the client leaves, as the daemon).
    - ``embedder``: ``None`` (the daemon's keyword tier: recall ``mode`` is ``"keyword"``) or
      ``"hash"`` (a deterministic hashed bag-of-words embedder: hybrid recall, ``mode`` ``"hybrid"``).
    """

    host: str = "127.0.0.1"
    port: int = 0
    db_path: str = ":memory:"
    api_key: str | None = None
    admin_agent_ids: Iterable[str] = ()
    enforce_admin: bool = True
    visibility: str = "daemon"
    allow_loopback_webhooks: bool = False
    webhook_hmac_secret: str | None = None
    webhook_retry_delays: tuple[float, ...] = (0.2, 1.0, 5.0)
    webhook_ack_timeout: float = 5.0
    require_approval_hmac: bool = False
    governance: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    short_ttl_secs: int = SHORT_TTL_SECS
    mid_ttl_secs: int = MID_TTL_SECS
    clock: Callable[[], datetime] = utc_now
    log_level: str = "warning"
    approvals_stream_seconds: float | None = None
    embedder: str | None = None

    def __post_init__(self) -> None:
        if self.embedder not in (None, "hash"):
            raise ValueError("embedder must be None or 'hash'")
        if self.visibility not in ("daemon", "owner", "open"):
            raise ValueError("visibility must be 'daemon', 'owner' or 'open'")
        ids = [a.strip() for a in self.admin_agent_ids if a and a.strip()]
        if "*" in ids:
            raise ValueError("'*' is not allowed in admin_agent_ids (as in the daemon)")
        self.admin_agent_ids = frozenset(ids)
        self.webhook_retry_delays = tuple(float(d) for d in self.webhook_retry_delays)

    def now(self) -> datetime:
        return self.clock().astimezone(timezone.utc)
