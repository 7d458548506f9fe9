"""Enforcing a sync call's deadline while httpx blocks in a socket read.

httpx's timeouts bound each read, so a server dripping a byte at a time never trips them. The
async client cancels the attempt at the deadline; the sync client cannot cancel a blocked
``recv``, so it shuts the connection's socket down from one shared watchdog thread instead (the
read then fails and the call raises its timeout error). The socket is learnt from httpcore's
``trace`` extension when the attempt opens a connection; an attempt on a pooled connection is
bounded by the per-read timeouts (clipped to the deadline) and the checks between body chunks.
"""

from __future__ import annotations

import contextlib
import heapq
import itertools
import math
import socket
import threading
import time
from typing import Any

import httpx

__all__ = ["SocketWatch"]


class _Watchdog:
    """One daemon thread shutting down the sockets of attempts that passed their deadline."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._heap: list[tuple[float, int, SocketWatch]] = []
        self._order = itertools.count()
        self._thread: threading.Thread | None = None
        self._armed = 0

    def arm(self, watch: SocketWatch) -> None:
        with self._cond:
            self._armed += 1
            if len(self._heap) > 2 * self._armed + 64:  # drop finished attempts far from their deadline
                self._heap = [entry for entry in self._heap if entry[2].armed]
                heapq.heapify(self._heap)
            earliest = self._heap[0][0] if self._heap else math.inf
            heapq.heappush(self._heap, (watch.deadline_at, next(self._order), watch))
            if self._thread is None:
                self._thread = threading.Thread(
                    target=self._run, name="typed-agent-memory-deadline", daemon=True
                )
                self._thread.start()
            if watch.deadline_at < earliest:  # else the thread already wakes up before this deadline
                self._cond.notify()

    def disarm(self) -> None:
        with self._cond:
            self._armed -= 1

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._heap:
                    self._cond.wait()
                when, _, watch = self._heap[0]
                delay = when - time.monotonic()
                if delay > 0:
                    self._cond.wait(delay)
                    continue
                heapq.heappop(self._heap)
            watch.expire()


_WATCHDOG = _Watchdog()


class SocketWatch:
    """Shuts down the socket an attempt connects, if the attempt is still running at ``deadline_at``.

    Use as a context manager around the attempt (a no-op for an infinite deadline). The watchdog
    is armed only when the attempt opens a connection: an attempt on a pooled connection, the
    common case, costs no lock and no heap entry.
    """

    def __init__(self, request: httpx.Request, deadline_at: float) -> None:
        self.deadline_at = deadline_at
        self._request = request
        self._previous = request.extensions.get("trace")
        self._lock = threading.Lock()
        self._socket: socket.socket | None = None
        self._active = math.isfinite(deadline_at)
        self.armed = False

    def _install(self) -> None:
        """Hook httpcore's ``trace`` extension of the request (keeping a trace already set)."""
        previous = self._previous

        def trace(event: str, info: dict[str, Any]) -> None:
            if event in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
                stream = info.get("return_value")
                sock = stream.get_extra_info("socket") if stream is not None else None
                if isinstance(sock, socket.socket):
                    self._watch(sock)
            if previous is not None:
                previous(event, info)

        self._request.extensions["trace"] = trace

    def _watch(self, sock: socket.socket) -> None:
        """The attempt connected ``sock``: shut it down if the attempt is still running at the deadline."""
        with self._lock:
            self._socket = sock
            arm = self._active and not self.armed
            self.armed = self.armed or arm
        if arm:
            _WATCHDOG.arm(self)

    def expire(self) -> None:
        with self._lock:
            if not self._active or self._socket is None:
                return
            with contextlib.suppress(OSError):
                self._socket.shutdown(socket.SHUT_RDWR)

    def __enter__(self) -> SocketWatch:
        if self._active:
            self._install()
        return self

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            self._active = False
            self._socket = None
            armed, self.armed = self.armed, False
        if armed:
            _WATCHDOG.disarm()
        if self._previous is None:
            self._request.extensions.pop("trace", None)
        else:
            self._request.extensions["trace"] = self._previous
