"""Running the server: in a background thread (tests) or in the foreground (CLI)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn

from ._app import State, create_app
from ._config import ServerConfig


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


class LocalServer:
    """A started server: ``base_url``, ``api_key``, ``config`` and its ``state``."""

    def __init__(self, config: ServerConfig, host: str, port: int) -> None:
        self.config = config
        self.state = State(config)
        self.app = create_app(state=self.state)
        self.host, self.port = host, port
        self.base_url = f"http://{host}:{port}"
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def api_key(self) -> str:
        return self.config.api_key

    @property
    def mcp_url(self) -> str:
        return self.base_url + "/api/mcp"

    def create_session_snapshot(
        self,
        session_id: str,
        transcript_md: str,
        *,
        tenant_id: str | None = None,
        slug: str | None = None,
        source_trigger: str = "manual",
    ) -> dict[str, Any]:
        """Write a session snapshot as the CLI does into the shared database (the HTTP API cannot).

        ``GET sessions/{id}/snapshot`` and ``skills/files/promote`` read it; returns the snapshot record.
        """
        from ._sessions import write_snapshot

        db = self.state.stores.resolve(self.config.owner_id, tenant_id)
        return write_snapshot(db, session_id, transcript_md, self.state.now(), slug, source_trigger)

    def start(self, timeout: float = 15.0) -> None:
        cfg = uvicorn.Config(
            self.app, host=self.host, port=self.port, log_level="warning", lifespan="off", access_log=False
        )
        self._server = uvicorn.Server(cfg)
        self._thread = threading.Thread(target=self._server.run, name="memories-sh-local", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError(f"local memories.sh server failed to start on {self.base_url}")
            time.sleep(0.01)

    def stop(self) -> None:
        for hook in self.state.on_shutdown:
            hook()
        if self._server is not None:
            self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout=10)
        self.state.close()


@contextmanager
def run_server(
    config: ServerConfig | None = None, *, host: str = "127.0.0.1", port: int | None = None, **options: Any
) -> Iterator[LocalServer]:
    """Start a server in a background thread; yields the :class:`LocalServer` (``base_url``, ``api_key``)."""
    config = config or ServerConfig(**options)
    server = LocalServer(config, host, port or free_port(host))
    server.start()
    try:
        yield server
    finally:
        server.stop()


@contextmanager
def local_memories_server(
    config: ServerConfig | None = None, *, host: str = "127.0.0.1", port: int | None = None, **options: Any
) -> Iterator[str]:
    """Start a server in a background thread and yield its base URL (``config.api_key`` is a valid key)."""
    with run_server(config, host=host, port=port, **options) as server:
        yield server.base_url
