"""Fixtures of the adversarial suite: hostile servers on 127.0.0.1 only."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from .fault_server import FaultServer


@pytest.fixture
def fault() -> Iterator[FaultServer]:
    with FaultServer() as server, FaultServer() as other:
        server.other = other.url
        server.peer = other  # type: ignore[attr-defined]
        yield server
