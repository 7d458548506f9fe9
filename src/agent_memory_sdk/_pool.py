"""The connection pool a client and its copies send through: the ``httpx`` client, created on the
first request (or the first read of ``http_client``) unless the caller injected one.

Building an ``httpx.Client`` imports httpcore and h11 and loads the CA bundle into a TLS context,
about a third of what importing httpx and pydantic costs; a client that is created but not used
yet (an application starting, a CLI printing its help) does not pay it. urllib3 defers its TLS
setup to the first connection in the same way.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Generic, TypeVar

import httpx

__all__ = ["Pool"]

_HttpT = TypeVar("_HttpT", httpx.Client, httpx.AsyncClient)


class Pool(Generic[_HttpT]):
    """One ``httpx`` client, shared by an SDK client and its copies.

    Args:
        factory: builds the ``httpx`` client on first use (None when one is injected).
        http: an injected ``httpx`` client (the caller closes it).
    """

    def __init__(self, factory: Callable[[], _HttpT] | None, http: _HttpT | None = None) -> None:
        self._factory: Callable[[], _HttpT] | None = factory
        self._http: _HttpT | None = http
        self._lock = threading.Lock()

    def get(self) -> _HttpT:
        """The ``httpx`` client, built now if it was not yet."""
        http = self._http
        if http is None:
            with self._lock:
                if self._http is None:
                    assert self._factory is not None  # an injected pool always has its client
                    self._http = self._factory()
                http = self._http
        return http

    @property
    def is_closed(self) -> bool:
        """Whether the ``httpx`` client was closed (one not built yet is not)."""
        return self._http is not None and self._http.is_closed
