from __future__ import annotations

import pytest


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    """Run the test once through SyncAPIClient and once through AsyncAPIClient."""
    return str(request.param)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("TEST_API_KEY", "TEST_BASE_URL", "TEST_AGENT_ID", "TEST_WEBHOOK_SECRET", "AGENT_MEMORY_LOG"):
        monkeypatch.delenv(name, raising=False)
