"""Fixtures of the adversarial suite: hostile servers on 127.0.0.1 only."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from .fault_server import FaultServer


@pytest.fixture
def fault() -> Iterator[FaultServer]:
    with FaultServer() as server, FaultServer() as other:
        server.other, server.peer = other.url, other
        yield server


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """One line with the attack counts (for the issue's closing table); failures are the rest."""
    import sys

    counts = {"cases": 0, "untyped": 0, "hangs": 0}
    for name, key in (
        ("tests.security.test_inputs_property", "OUTCOMES"),
        ("tests.security.test_secrets", "SCANNED"),
        ("tests.security.test_local_servers", "RESULTS"),
        ("tests.security.test_webhooks_fuzz", "FUZZED"),
        ("tests.security.test_fault_server", "TIMED"),
    ):
        module = sys.modules.get(name) or sys.modules.get(name.removeprefix("tests."))
        for field, value in getattr(module, key, {}).items():
            counts[field] = counts.get(field, 0) + value
    if counts["cases"]:
        stats = terminalreporter.stats
        counts["failed tests"] = len(stats.get("failed", [])) + len(stats.get("error", []))
        terminalreporter.write_line("security: " + ", ".join(f"{k}={v}" for k, v in counts.items()))
