"""A replay guard for webhook receivers: accept each delivery's ``correlation_id`` once."""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from typing import Any

__all__ = ["ReplayGuard"]


class ReplayGuard:
    """Remembers the correlation ids seen within the tolerance window; a repeat is a replay.

    A signed delivery verifies again for as long as its timestamp is fresh (``tolerance``
    seconds), so a receiver that acts on each verified delivery must also drop repeats. The
    daemon itself re-sends a delivery (same ``correlation_id``) when the ACK is late. Use one
    guard per process (it is thread-safe) after :func:`~ai_memory.webhooks.parse_webhook`::

        guard = ReplayGuard()

        event = parse_webhook(body, headers, secret=SECRET)
        if guard.first_seen(event.correlation_id):
            handle(event)
        return webhook_ack(event)  # acknowledge repeats too, or the daemon keeps retrying

    Ids are kept for twice the tolerance (a timestamp may be ``tolerance`` old or ahead), and
    at most ``max_entries`` of them (the oldest are forgotten first). Several processes need a
    shared store instead (e.g. a unique key on the id in your database).

    Args:
        tolerance: the tolerance passed to ``parse_webhook`` (seconds; default 300).
        max_entries: upper bound of remembered ids.
    """

    def __init__(self, tolerance: float = 300, *, max_entries: int = 100_000) -> None:
        if not (isinstance(tolerance, (int, float)) and tolerance > 0):
            raise ValueError("tolerance must be a positive number of seconds")
        if max_entries < 1:
            raise ValueError("max_entries must be at least 1")
        self.tolerance = float(tolerance)
        self.max_entries = max_entries
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def first_seen(self, correlation_id: Any, *, now: float | None = None) -> bool:
        """True the first time ``correlation_id`` (or an event carrying one) is seen; False after.

        Args:
            correlation_id: the id, or a parsed event (its ``correlation_id`` is used).
            now: the current unix time (default ``time.time()``), for tests.
        """
        key = str(getattr(correlation_id, "correlation_id", correlation_id))
        current = time.time() if now is None else now
        with self._lock:
            horizon = current - 2 * self.tolerance
            while self._seen and next(iter(self._seen.values())) < horizon:
                self._seen.popitem(last=False)
            if key in self._seen:
                return False
            self._seen[key] = current
            while len(self._seen) > self.max_entries:
                self._seen.popitem(last=False)
            return True

    def __len__(self) -> int:
        return len(self._seen)
