"""Base URLs checked at construction; transport errors that say where and what to do."""

from __future__ import annotations

import socket
import ssl
import threading
from collections.abc import Iterator

import pytest

import ai_memory
import memories_sh


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize("url", ["localhost:9077", "127.0.0.1:9077/api/v1", "ftp://host", "http://"])
def test_a_base_url_without_http_scheme_or_host_is_rejected_naming_the_fix(url: str) -> None:
    with pytest.raises(ai_memory.ValidationError) as info:
        ai_memory.AiMemoryClient(base_url=url)
    assert info.value.param == "base_url" and url in str(info.value)
    if "://" not in url:
        assert f"http://{url}" in str(info.value)


def test_memories_sh_rejects_a_scheme_less_base_url_too() -> None:
    with pytest.raises(memories_sh.ClientValidationError) as info:
        memories_sh.MemoriesClient("mem_" + "a" * 64, base_url="memories.sh")
    assert info.value.param == "base_url"


@pytest.mark.parametrize("suffix", ["", "/", "/api/v1", "/api/v1/"])
def test_the_api_prefix_is_accepted_and_removed(suffix: str) -> None:
    client = ai_memory.AiMemoryClient(base_url=f"http://127.0.0.1:9077{suffix}")
    assert client.base_url == "http://127.0.0.1:9077"
    assert client.with_options(base_url="http://10.0.0.1:1/api/v1").base_url == "http://10.0.0.1:1"
    client.close()


def test_connection_refused_names_method_url_host_port_and_a_hint() -> None:
    port = _free_port()
    client = ai_memory.AiMemoryClient(base_url=f"http://127.0.0.1:{port}", max_retries=0)
    with client, pytest.raises(ai_memory.TransportError) as info:
        client.health()
    message = str(info.value)
    assert f"GET http://127.0.0.1:{port}/api/v1/health" in message
    assert f"127.0.0.1:{port}" in message and "running" in message


@pytest.fixture
def plain_tcp_server() -> Iterator[int]:
    """A server that accepts and answers plain text to anything: TLS handshakes fail."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    stop = threading.Event()

    def serve() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            with conn:
                conn.sendall(b"HTTP/1.1 400 Bad Request\r\ncontent-length: 0\r\n\r\n")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield int(server.getsockname()[1])
    stop.set()
    thread.join()
    server.close()


def test_tls_to_a_plain_server_hints_at_tls(plain_tcp_server: int) -> None:
    url = f"https://127.0.0.1:{plain_tcp_server}"
    client = ai_memory.AiMemoryClient(base_url=url, max_retries=0, verify=ssl.create_default_context())
    with client, pytest.raises(ai_memory.TransportError) as info:
        client.health()
    assert "TLS" in str(info.value) and f"127.0.0.1:{plain_tcp_server}" in str(info.value)
