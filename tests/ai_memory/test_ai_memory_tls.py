"""mTLS through ``verify`` / ``cert`` with real certificates (trustme) against the local ai-memory
server served over TLS by uvicorn on 127.0.0.1, requiring a client certificate (like the daemon's
``--tls-cert/--tls-key --mtls-allowlist``)."""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import trustme
import uvicorn

import ai_memory
from ai_memory.testing import LocalApp, ServerConfig


@dataclass
class Pki:
    ca: str
    client_cert: str
    client_key: str
    client_combined: str
    server_chain: str
    server_key: str


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> Pki:
    root = tmp_path_factory.mktemp("pki")
    ca = trustme.CA()
    server = ca.issue_cert("127.0.0.1", "localhost")
    client = ca.issue_cert("ai:tls-client@test")
    paths = Pki(
        *(
            str(root / n)
            for n in ("ca.pem", "client.pem", "client.key", "client-all.pem", "srv.pem", "srv.key")
        )
    )
    ca.cert_pem.write_to_path(paths.ca)
    client.cert_chain_pems[0].write_to_path(paths.client_cert)
    client.private_key_pem.write_to_path(paths.client_key)
    client.private_key_and_cert_chain_pem.write_to_path(paths.client_combined)
    server.private_key_pem.write_to_path(paths.server_key)
    for i, blob in enumerate(server.cert_chain_pems):
        blob.write_to_path(paths.server_chain, append=i > 0)
    return paths


class TlsServer:
    """The local ai-memory app behind uvicorn with TLS (client certificates required)."""

    def __init__(self, pki: Pki, require_client_cert: bool = True) -> None:
        self.app = LocalApp(ServerConfig(visibility="owner"))
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        config = uvicorn.Config(
            self.app,
            lifespan="off",
            log_level="warning",
            access_log=False,
            ssl_certfile=pki.server_chain,
            ssl_keyfile=pki.server_key,
            ssl_ca_certs=pki.ca,
            ssl_cert_reqs=ssl.CERT_REQUIRED if require_client_cert else ssl.CERT_NONE,
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=lambda: asyncio.run(self.server.serve(sockets=[self.sock])), daemon=True
        )
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            assert self.thread.is_alive() and time.monotonic() < deadline, "TLS server did not start"
            time.sleep(0.005)
        self.url = f"https://127.0.0.1:{self.sock.getsockname()[1]}"

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.app.close()
        self.sock.close()


@pytest.fixture
def mtls_server(pki: Pki) -> Iterator[TlsServer]:
    server = TlsServer(pki)
    yield server
    server.stop()


def _roundtrip(client: ai_memory.AiMemoryClient) -> None:
    assert client.health().status == "ok"
    created = client.store(title="over mTLS", content="encrypted both ways")
    assert client.get(created["id"]).content == "encrypted both ways"


def test_mtls_with_ca_bundle_and_cert_key_pair(pki: Pki, mtls_server: TlsServer) -> None:
    with ai_memory.AiMemoryClient(
        base_url=mtls_server.url,
        verify=pki.ca,
        cert=(pki.client_cert, pki.client_key),
        agent_id="ai:tls@test",
    ) as client:
        _roundtrip(client)


def test_mtls_with_combined_pem_and_ssl_context(pki: Pki, mtls_server: TlsServer) -> None:
    context = ssl.create_default_context(cafile=pki.ca)
    with ai_memory.AiMemoryClient(
        mtls_server.url, verify=context, cert=pki.client_combined, agent_id="ai:tls@test"
    ) as client:
        _roundtrip(client)


def test_mtls_async(pki: Pki, mtls_server: TlsServer) -> None:
    async def run() -> None:
        async with ai_memory.AsyncAiMemoryClient(
            mtls_server.url, verify=pki.ca, cert=(pki.client_cert, pki.client_key), agent_id="ai:tls@test"
        ) as client:
            created = await client.store(title="async mTLS", content="ok")
            assert (await client.get(created["id"])).title == "async mTLS"

    asyncio.run(run())


def test_missing_client_certificate_is_a_transport_error(pki: Pki, mtls_server: TlsServer) -> None:
    with (
        ai_memory.AiMemoryClient(mtls_server.url, verify=pki.ca, max_retries=0) as client,
        pytest.raises(ai_memory.TransportError),
    ):
        client.health()


def test_unknown_server_ca_is_a_transport_error(pki: Pki, mtls_server: TlsServer) -> None:
    """Default ``verify=None`` uses the system CAs, which do not trust the test CA."""
    with (
        ai_memory.AiMemoryClient(
            mtls_server.url, cert=(pki.client_cert, pki.client_key), max_retries=0
        ) as client,
        pytest.raises(ai_memory.TransportError) as info,
    ):
        client.health()
    assert "CERTIFICATE_VERIFY_FAILED" in str(info.value) or "certificate" in str(info.value).lower()


def test_verify_false_still_presents_the_client_certificate(pki: Pki, mtls_server: TlsServer) -> None:
    with ai_memory.AiMemoryClient(
        mtls_server.url, verify=False, cert=(pki.client_cert, pki.client_key), agent_id="ai:tls@test"
    ) as client:
        assert client.health().status == "ok"


def test_server_tls_only_with_ca_bundle(pki: Pki) -> None:
    server = TlsServer(pki, require_client_cert=False)
    try:
        with ai_memory.AiMemoryClient(server.url, verify=pki.ca) as client:
            assert client.health().service == "ai-memory"
    finally:
        server.stop()


def test_missing_certificate_files_fail_at_construction(tmp_path: Path) -> None:
    with pytest.raises(OSError):
        ai_memory.AiMemoryClient("https://x.test", verify=str(tmp_path / "nope.pem"))
    with pytest.raises(OSError):
        ai_memory.AiMemoryClient("https://x.test", cert=(str(tmp_path / "c.pem"), str(tmp_path / "k.pem")))
