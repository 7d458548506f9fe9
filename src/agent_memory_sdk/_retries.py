"""When to retry, and how long to wait.

The rule (also in the README):

- **Transport failures.** A connect error or connect/pool timeout means the request never
  reached the server, so any method is retried. Any other failure (read/write timeout, reset,
  protocol error) may have happened after the server applied the request, so it is retried only
  for idempotent methods (GET, HEAD, PUT, DELETE, OPTIONS).
- **Statuses** 408, 429, 500, 502, 503, 504 are retried for idempotent methods; for other methods
  only 429 and 503 (the server did not process the request).
- **The API's own signal** (the profile's ``retry_signal``) wins: ``retryable=True`` retries any
  method, ``retryable=False`` never retries.
- **Delay.** ``retry-after-ms``, then ``Retry-After`` (seconds or HTTP date), then the body's
  ``retry_after``; honoured when 0 < delay ≤ 60 s. A longer requested wait raises the error
  instead of sleeping. Otherwise ``min(0.5 * 2ⁿ, 8) * (1 - 0.25 * random())``.
"""

from __future__ import annotations

import email.utils
import math
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

import httpx

from ._constants import (
    INITIAL_RETRY_DELAY,
    MAX_JITTER,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    NOT_PROCESSED_STATUSES,
    RETRYABLE_STATUSES,
)
from ._profile import RetrySignal

if TYPE_CHECKING:
    from ._runtime import Operation

__all__ = [
    "RetryDecision",
    "backoff_delay",
    "decide_exception_retry",
    "decide_status_retry",
    "parse_retry_after",
]


@dataclass(frozen=True)
class RetryDecision:
    """Whether to retry, after how many seconds, and why (for the log)."""

    retry: bool
    delay: float = 0.0
    reason: str = ""
    requested: bool = False
    """The delay is the wait the server asked for (``Retry-After`` …), not the SDK's backoff."""


def backoff_delay(retries_taken: int, random: Callable[[], float]) -> float:
    """``min(0.5 * 2ⁿ, 8) * (1 - 0.25 * random())`` for the n-th retry (n = retries already taken)."""
    delay = min(INITIAL_RETRY_DELAY * (2.0**retries_taken), MAX_RETRY_DELAY)
    return delay * (1.0 - MAX_JITTER * random())


def parse_retry_after(headers: httpx.Headers, now: Callable[[], float] = time.time) -> float | None:
    """Seconds asked for by ``retry-after-ms`` or ``Retry-After`` (delta seconds or HTTP date)."""
    ms = headers.get("retry-after-ms")
    if ms is not None:
        try:
            value = float(ms) / 1000.0
        except ValueError:
            value = math.nan
        if math.isfinite(value):
            return value
    header = headers.get("retry-after")
    if header is None:
        return None
    try:
        value = float(header)
    except ValueError:
        parsed = email.utils.parsedate_tz(header)
        if parsed is None:
            return None
        return float(email.utils.mktime_tz(parsed)) - now()
    return value if math.isfinite(value) else None


def _not_sent(error: httpx.HTTPError) -> bool:
    """True when the request provably never reached the server."""
    return isinstance(error, (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout))


def decide_exception_retry(
    operation: Operation,
    error: httpx.HTTPError,
    retries_taken: int,
    max_retries: int,
    random: Callable[[], float],
) -> RetryDecision:
    """Retry decision after a transport failure."""
    if retries_taken >= max_retries:
        return RetryDecision(False, reason="retry budget exhausted")
    if not (operation.is_idempotent or _not_sent(error)):
        return RetryDecision(
            False, reason=f"{operation.method} may have been applied ({type(error).__name__})"
        )
    return RetryDecision(True, backoff_delay(retries_taken, random), type(error).__name__)


def decide_status_retry(
    operation: Operation,
    response: httpx.Response,
    signal: RetrySignal | None,
    retries_taken: int,
    max_retries: int,
    random: Callable[[], float],
    now: Callable[[], float] = time.time,
) -> RetryDecision:
    """Retry decision after a non-success status."""
    status = response.status_code
    if retries_taken >= max_retries:
        return RetryDecision(False, reason="retry budget exhausted")
    signal = signal or RetrySignal()
    if signal.retryable is False:
        return RetryDecision(False, reason="the API marked the failure not retryable")
    if signal.retryable is None:
        if status not in RETRYABLE_STATUSES:
            return RetryDecision(False, reason=f"status {status} is not retryable")
        if not operation.is_idempotent and status not in NOT_PROCESSED_STATUSES:
            return RetryDecision(False, reason=f"{operation.method} may have been applied (status {status})")
    wait = parse_retry_after(response.headers, now)
    if wait is None:
        wait = signal.retry_after
    if wait is not None and wait > MAX_RETRY_AFTER:
        return RetryDecision(False, reason=f"server asked to wait {wait:.0f}s (> {MAX_RETRY_AFTER:.0f}s cap)")
    if wait is not None and wait > 0:
        return RetryDecision(True, wait, f"status {status}, server asked to wait", requested=True)
    return RetryDecision(True, backoff_delay(retries_taken, random), f"status {status}")
