"""A hostile HTTP/1.1 server on 127.0.0.1 for the adversarial tests (raw sockets, one thread each).

Each request's path picks a behaviour (see :data:`FAULTS`); every request received is recorded
(method, path, headers, body) so a test can assert what did — or did not — reach the server.
"""

from __future__ import annotations

import gzip
import socket
import socketserver
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

_DEEP = 100_000


@dataclass
class Received:
    """One request as the server read it."""

    method: str
    path: str
    headers: dict[str, str]
    body: bytes


def _response(status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> bytes:
    head = [f"HTTP/1.1 {status} X", f"Content-Length: {len(body)}", "Connection: close"]
    head += [f"{k}: {v}" for k, v in (headers or {"Content-Type": "application/json"}).items()]
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body


_BOMB: list[bytes] = []


def gzip_bomb() -> bytes:
    """80 MiB of spaces, gzipped once per process (~80 KiB)."""
    if not _BOMB:
        _BOMB.append(gzip.compress(b" " * (80 * 1024 * 1024), compresslevel=9))
    return _BOMB[0]


@dataclass
class FaultServer:
    """``with FaultServer() as s:`` → ``s.url``; ``s.received`` lists the requests that arrived.

    ``other`` (set by a test) is the base URL the ``/redirect*`` paths point their Location at;
    ``peer`` the server listening there.
    """

    received: list[Received] = field(default_factory=list)
    other: str = "http://127.0.0.1:9"
    peer: FaultServer | None = None
    drip_seconds: float = 0.2
    _server: Any = None

    @property
    def url(self) -> str:
        host, port = self._server.server_address
        return f"http://{host}:{port}"

    def __enter__(self) -> FaultServer:
        owner = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                owner._handle(self.request)

        class Server(socketserver.ThreadingTCPServer):
            daemon_threads = True
            allow_reuse_address = True

        self._server = Server(("127.0.0.1", 0), Handler)
        threading.Thread(target=self._server.serve_forever, args=(0.02,), daemon=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()

    def _read(self, sock: socket.socket) -> Received | None:
        sock.settimeout(5)
        data = b""
        while b"\r\n\r\n" not in data:
            chunk = sock.recv(65536)
            if not chunk:
                return None
            data += chunk
        head, _, body = data.partition(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")
        method, path, _ = lines[0].split(" ", 2)
        headers = {k.strip().lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines[1:])}
        length = int(headers.get("content-length", "0"))
        while len(body) < length:
            chunk = sock.recv(65536)
            if not chunk:
                break
            body += chunk
        return Received(method, path, headers, body)

    def _handle(self, sock: socket.socket) -> None:
        try:
            request = self._read(sock)
        except (OSError, ValueError):
            return
        if request is None:
            return
        self.received.append(request)
        fault = next((f for name, f in FAULTS.items() if f"/{name}" in request.path), FAULTS["ok"])
        try:
            fault(self, sock, request)
        except OSError:
            pass
        finally:
            sock.close()


def _drip(server: FaultServer, sock: socket.socket, request: Received) -> None:
    sock.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n")
    for _ in range(100_000):
        sock.sendall(b" ")
        time.sleep(server.drip_seconds)


def _drip_headers(server: FaultServer, sock: socket.socket, request: Received) -> None:
    for byte in b"HTTP/1.1 200 OK\r\n" + b"X-Slow: " + b"a" * 100_000:
        sock.sendall(bytes([byte]))
        time.sleep(server.drip_seconds)


def _reset(server: FaultServer, sock: socket.socket, request: Received) -> None:
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")


def _redirect(status: int) -> Callable[[FaultServer, socket.socket, Received], None]:
    def send(server: FaultServer, sock: socket.socket, request: Received) -> None:
        where = server.other + request.path
        sock.sendall(_response(status, b"", {"Location": where}))

    return send


def _json(status: int, body: bytes, extra: dict[str, str] | None = None) -> Callable[..., None]:
    def send(server: FaultServer, sock: socket.socket, request: Received) -> None:
        sock.sendall(_response(status, body, {"Content-Type": "application/json", **(extra or {})}))

    return send


def _bomb(server: FaultServer, sock: socket.socket, request: Received) -> None:
    body = gzip_bomb()
    sock.sendall(_response(200, body, {"Content-Type": "application/json", "Content-Encoding": "gzip"}))


FAULTS: dict[str, Callable[[FaultServer, socket.socket, Received], None]] = {
    "drip-headers": _drip_headers,
    "drip": _drip,
    "reset": _reset,
    "redirect307": _redirect(307),
    "redirect308": _redirect(308),
    "redirect302": _redirect(302),
    "bomb": _bomb,
    "deep-ok": _json(200, b"[" * _DEEP + b"]" * _DEEP),
    "deep-error": _json(400, b'{"error":' + b"[" * _DEEP + b"]" * _DEEP + b"}"),
    "bad-utf8": _json(200, b'{"id": "\xff\xfe\xed\xa0\x80"}'),
    "badutf8-error": _json(500, b'{"error": "\xff\xfe"}'),
    "wrong-types": _json(200, b'{"id": 5, "title": [], "tier": {"x": 1}, "created_at": true}'),
    "truncated": _json(200, b'{"id": "abc", "title": '),
    "html": _json(502, b"<html><body>bad gateway</body></html>", {"Content-Type": "text/html"}),
    "nocontent": lambda server, sock, request: sock.sendall(b"HTTP/1.1 204 No Content\r\n\r\n"),
    "garbage": lambda server, sock, request: sock.sendall(b"NOT HTTP AT ALL\r\n\r\n"),
    "ok": _json(404, b'{"error": "not found"}'),
}
"""Path fragment → behaviour (first match wins; anything else answers a JSON 404)."""
