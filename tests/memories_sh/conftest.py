"""Every test runs with the sync and the async client; the environment is cleared."""

from __future__ import annotations

import pytest


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    """``sync`` or ``async``."""
    return str(request.param)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "MEMORIES_API_KEY",
        "MEMORIES_BASE_URL",
        "MEMORIES_TENANT_ID",
        "MEMORIES_USER_ID",
        "MEMORIES_PROJECT_ID",
        "MEMORIES_MANAGEMENT_TOKEN",
        "MEMORIES_SESSION_COOKIE",
    ):
        monkeypatch.delenv(name, raising=False)
