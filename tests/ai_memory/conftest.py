"""Fixtures shared by the ai_memory tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from ai_memory_support import Daemon


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("AI_MEMORY_BASE_URL", "AI_MEMORY_API_KEY", "AI_MEMORY_AGENT_ID", "AGENT_MEMORY_LOG"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(params=["sync", "async"])
def daemon(request: pytest.FixtureRequest) -> Iterator[Daemon]:
    """A scripted daemon, once with ``AiMemoryClient`` and once with ``AsyncAiMemoryClient``."""
    yield Daemon(str(request.param))
