"""Small helpers shared by the local ai-memory server's tests (importable by a unique name)."""

from __future__ import annotations


def agent(name: str) -> dict[str, str]:
    """The ``X-Agent-Id`` header of the caller ``name``."""
    return {"X-Agent-Id": name}
