"""The ``httpx.AsyncClient`` behind the async pytest fixtures of both local servers.

The fixtures are plain (sync) fixtures, so they work with any async test runner or none. Their
client keeps no idle connection between requests, so it belongs to no event loop; at teardown it
is closed from sync code on a short-lived loop of its own.
"""

from __future__ import annotations

import asyncio
import contextlib
from concurrent.futures import ThreadPoolExecutor

import httpx

from ._base_client import DEFAULT_TIMEOUT


def fixture_async_http() -> httpx.AsyncClient:
    """An ``AsyncClient`` with the SDK's timeouts that keeps no connection between requests."""
    return httpx.AsyncClient(timeout=DEFAULT_TIMEOUT, limits=httpx.Limits(max_keepalive_connections=0))


def close_async_http(http: httpx.AsyncClient) -> None:
    """Close ``http`` from a sync fixture's teardown, whichever event loop (if any) the test used.

    The loop runs in a worker thread, since one may still be running in this thread. A connection
    a test left open (an unread stream) belongs to the test's loop, which is gone: closing it there
    can raise ``RuntimeError``; the client is closed all the same.
    """

    def close() -> None:
        with contextlib.suppress(RuntimeError):
            asyncio.run(http.aclose())

    with ThreadPoolExecutor(max_workers=1) as pool:
        pool.submit(close).result()
