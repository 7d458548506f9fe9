"""The daemon's agent-id rules (reference §3.2), checked client-side before any request.

An agent id is 1 to 128 bytes of ``[A-Za-z0-9_\\-:@./]``; it must not contain ``..``, must not
start with ``/`` and must not be one of the ids the daemon reserves for itself. The daemon answers
a bad ``X-Agent-Id`` with ``400 invalid agent_id``; the SDK raises
:class:`ai_memory.ValidationError` (``param == "agent_id"``) instead, without sending anything.
"""

from __future__ import annotations

import re

__all__ = ["MAX_AGENT_ID_BYTES", "RESERVED_AGENT_IDS", "agent_id_problem"]

MAX_AGENT_ID_BYTES = 128
"""Longest accepted agent id, in bytes."""

RESERVED_AGENT_IDS: frozenset[str] = frozenset(
    {
        "daemon",
        "system",
        "federation-catchup",
        "subscription-dispatch",
        "ai:http-internal",
        "ai:migrate",
        "export-internal",
        "governance-internal",
    }
)
"""Ids the daemon uses internally; wire callers may not claim them."""

_CHARSET = re.compile(r"[A-Za-z0-9_\-:@./]+")


def agent_id_problem(value: object) -> str | None:
    """Why ``value`` is not an acceptable agent id, or None when it is."""
    if not isinstance(value, str):
        return f"must be a string, got {type(value).__name__}"
    if not value:
        return "must not be empty"
    size = len(value.encode("utf-8"))
    if size > MAX_AGENT_ID_BYTES:
        return f"must be at most {MAX_AGENT_ID_BYTES} bytes (got {size})"
    if not _CHARSET.fullmatch(value):
        bad = sorted({c for c in value if not _CHARSET.fullmatch(c)})
        return f"{value!r} may only contain letters, digits and _ - : @ . / (found {''.join(bad)!r})"
    if ".." in value:
        return f"{value!r} must not contain '..'"
    if value.startswith("/"):
        return f"{value!r} must not start with '/'"
    if value in RESERVED_AGENT_IDS:
        return f"{value!r} is reserved for internal use and cannot be supplied by wire callers"
    return None
