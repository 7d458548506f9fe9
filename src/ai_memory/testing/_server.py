"""Run the app with uvicorn in a background thread on a (free) loopback port."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from types import TracebackType
from typing import Any

import uvicorn

from ._app import LocalApp
from ._config import ServerConfig


class LocalServer:
    """A running local ai-memory server. Use as a context manager::

        with LocalServer() as base_url:      # or LocalServer(ServerConfig(api_key="k"))
            ...

    ``base_url`` (also ``.url``) is ``http://127.0.0.1:<port>``; ``.app`` exposes the store and the
    webhook dispatcher; ``.config`` the settings.
    """

    def __init__(self, config: ServerConfig | None = None, **overrides: Any) -> None:
        if config is None:
            config = ServerConfig(**overrides)
        elif overrides:
            raise TypeError("pass either a ServerConfig or keyword overrides, not both")
        self.config = config
        self.app: LocalApp | None = None
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._sock: socket.socket | None = None
        self.url = ""

    def start(self, timeout: float = 10.0) -> str:
        self.app = LocalApp(self.config)
        family = socket.AF_INET6 if ":" in self.config.host else socket.AF_INET
        # IPPROTO_TCP explicitly: asyncio sets TCP_NODELAY only on sockets whose proto is TCP, and
        # without it every response waits ~40 ms for a delayed ACK (Nagle).
        sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self.config.host, self.config.port))
        self._sock = sock
        port = sock.getsockname()[1]
        uv_config = uvicorn.Config(
            self.app,
            lifespan="off",
            log_level=self.config.log_level,
            access_log=False,
            timeout_graceful_shutdown=2,
        )
        self._server = uvicorn.Server(uv_config)
        self._thread = threading.Thread(target=self._run, name="ai-memory-local-server", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("the local ai-memory server did not start")
            time.sleep(0.005)
        host = f"[{self.config.host}]" if family == socket.AF_INET6 else self.config.host
        self.url = f"http://{host}:{port}"
        return self.url

    def _run(self) -> None:
        assert self._server is not None and self._sock is not None
        asyncio.run(self._server.serve(sockets=[self._sock]))

    def stop(self) -> None:
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        if self.app is not None:
            self.app.close()
        if self._sock is not None:
            self._sock.close()
        self._server = self._thread = self._sock = None

    def __enter__(self) -> str:
        return self.start()

    def __exit__(
        self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()


def serve_in_thread(config: ServerConfig | None = None, **overrides: Any) -> LocalServer:
    """Alias of :class:`LocalServer` (``with serve_in_thread() as base_url: ...``)."""
    return LocalServer(config, **overrides)


def serve_forever(config: ServerConfig) -> None:
    """Blocking foreground server (the CLI)."""
    app = LocalApp(config)
    try:
        uvicorn.run(
            app, host=config.host, port=config.port or 9077, lifespan="off", log_level=config.log_level
        )
    finally:
        app.close()
