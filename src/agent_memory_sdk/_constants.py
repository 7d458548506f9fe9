"""Defaults of the engine: timeouts, retry budget and backoff, the User-Agent."""

from __future__ import annotations

import platform
from typing import Final

DISTRIBUTION: Final = "typed-agent-memory"
"""Name of the distribution on the package index (``pyproject.toml``'s; tests/tooling/test_version.py)."""

__version__: Final = "0.2.0"
"""Version of the distribution (kept in step with ``pyproject.toml``)."""

DEFAULT_TIMEOUT_SECONDS: Final = 60.0
"""Default read/write/pool timeout in seconds."""

DEFAULT_CONNECT_TIMEOUT_SECONDS: Final = 5.0
"""Default connect timeout in seconds."""

DEFAULT_MAX_RETRIES: Final = 2
"""Retries after the first attempt (so at most three attempts by default)."""

INITIAL_RETRY_DELAY: Final = 0.5
"""Backoff base in seconds: the n-th retry waits ``0.5 * 2ⁿ`` seconds before jitter."""

MAX_RETRY_DELAY: Final = 8.0
"""Upper bound of the computed backoff, in seconds."""

MAX_JITTER: Final = 0.25
"""The backoff is shortened by up to this fraction, at random."""

MAX_RETRY_AFTER: Final = 60.0
"""A server asking to wait longer than this (seconds) gets the error raised instead of a sleep."""

RETRYABLE_STATUSES: Final = frozenset({408, 429, 500, 502, 503, 504})
"""Statuses that may be retried (subject to the idempotency rule)."""

NOT_PROCESSED_STATUSES: Final = frozenset({429, 503})
"""Statuses that say the server did not process the request, so even a POST may be repeated."""

LOG_ENV: Final = "AGENT_MEMORY_LOG"
"""Environment variable that switches logging on: ``debug`` or ``info``."""

LOGGER_NAME: Final = "agent_memory_sdk"
"""Name of the ``logging`` logger the engine writes to."""

REDACTED: Final = "[REDACTED]"
"""What a secret is replaced with in logs, reprs and error messages."""

SECRET_HEADER_NAMES: Final = frozenset(
    {"authorization", "proxy-authorization", "x-api-key", "cookie", "set-cookie"}
)
"""Header names (lower case) whose values are always redacted in logs, reprs, errors and pickles."""

DEFAULT_MAX_RESPONSE_SIZE: Final = 64 * 1024 * 1024
"""Largest decoded response body accepted (bytes); a larger one raises instead of filling memory."""

DEADLINE_FACTOR: Final = 4.0
"""Default total deadline of a call, retries and their waits included: this x the read timeout."""


def user_agent() -> str:
    """``typed-agent-memory/<version> python/<version>``: the distribution's name and version."""
    return f"{DISTRIBUTION}/{__version__} python/{platform.python_version()}"
