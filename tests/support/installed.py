"""The installed distribution of this checkout, read from package metadata (never restated)."""

from __future__ import annotations

import importlib.metadata


def distribution() -> importlib.metadata.Distribution:
    """The distribution that provides ``ai_memory`` (it registers the ``ai_memory`` pytest plugin)."""
    (entry,) = importlib.metadata.entry_points(group="pytest11", name="ai_memory")
    assert entry.dist is not None
    return entry.dist
