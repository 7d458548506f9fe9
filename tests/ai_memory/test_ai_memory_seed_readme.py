"""Every snippet of the seed README (``../shared/seeds/000_bfe85cb89e64994d.txt``) runs unchanged.

The seed's rendering lost the code's indentation, so each snippet is kept here with its indentation
restored and compared with the seed line by line (ignoring leading white space). The snippets then
run against the local ai-memory server (``ai_memory.testing``) on ``localhost:9077`` — the address
they name; when that port is taken, the URL is the only thing substituted.

Two settings make the quickstart's store-then-recall meaningful against daemon semantics (§3.2):

- ``AI_MEMORY_AGENT_ID`` is set, so every request of the snippet carries one identity (without it the
  daemon gives each request a fresh anonymous id, and nobody can read a private memory back);
- the server uses ``visibility="owner"``: with the daemon's default visibility, a caller's private
  memory in namespace ``global`` is not returned by its own recall.

The mTLS snippet names files under ``/etc/ssl``; its paths are replaced by trustme-generated ones
(the constructor opens them), and TLS itself is exercised in ``test_ai_memory_tls.py``.
"""

from __future__ import annotations

import hashlib
import hmac
import inspect
import json
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
import trustme

import ai_memory
from ai_memory.testing import LocalServer, ServerConfig

SEED = Path(__file__).resolve().parents[3] / "shared" / "seeds" / "000_bfe85cb89e64994d.txt"
SEED_URL = "http://localhost:9077"

QUICKSTART = """\
from ai_memory import AiMemoryClient, Tier
with AiMemoryClient(base_url="http://localhost:9077") as client:
    created = client.store(
        title="BIND9 build notes",
        content="Use --with-openssl=/opt/openssl, disable DoH for the lab.",
        tier=Tier.LONG,
        tags=["dns", "bind9"],
    )
    print(created["id"])
    hits = client.recall(context="how do I build BIND9?")
    for memory in hits.memories:
        print(memory.title, memory.confidence)
"""

ASYNC = """\
import asyncio
from ai_memory import AsyncAiMemoryClient
async def main() -> None:
    async with AsyncAiMemoryClient(base_url="http://localhost:9077") as client:
        resp = await client.recall(context="hello")
        for memory in resp.memories:
            print(memory.title)
asyncio.run(main())
"""

API_KEY = """\
AiMemoryClient(base_url="https://memory.example.com", api_key="sk-...")
"""

MTLS = """\
AiMemoryClient(
    base_url="https://memory.example.com",
    verify="/etc/ssl/certs/server-ca.pem",
    cert=("/etc/ssl/client/client.pem", "/etc/ssl/client/client.key"),
)
"""

AGENT_IDENTITY = """\
AiMemoryClient(base_url="http://localhost:9077", agent_id="ai:claude-opus-4.7@host")
"""

WEBHOOK = """\
from ai_memory import verify_webhook_signature
def handle(request) -> None:
    sig = request.headers["X-AI-Memory-Signature"]
    if not verify_webhook_signature(request.body, sig, secret="..."):
        raise PermissionError("bad signature")
    ...
"""

SNIPPETS = [QUICKSTART, ASYNC, API_KEY, MTLS, AGENT_IDENTITY, WEBHOOK]

ERRORS_TABLE = {
    "ValidationError": 400,
    "AuthError": 401,
    "ForbiddenError": 403,
    "NotFoundError": 404,
    "ConflictError": 409,
    "RateLimitError": 429,
    "ServerError": 500,
}


def _seed_blocks() -> list[list[str]]:
    blocks: list[list[str]] = []
    current: list[str] | None = None
    for line in SEED.read_text(encoding="utf-8").splitlines():
        if line.strip() == "```python":
            current = []
        elif line.strip() == "```" and current is not None:
            blocks.append(current)
            current = None
        elif current is not None:
            current.append(line.strip())
    return blocks


@pytest.mark.skipif(not SEED.exists(), reason="the seed document is not next to this checkout")
def test_snippets_are_the_seeds_unchanged() -> None:
    blocks = _seed_blocks()
    assert len(blocks) == len(SNIPPETS)
    for block, snippet in zip(blocks, SNIPPETS, strict=True):
        assert [line.strip() for line in snippet.splitlines()] == block


def _port_free(port: int) -> bool:
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


@pytest.fixture
def seed_server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The local server at the seed's address (or a free port), with the settings the docstring explains."""
    monkeypatch.setenv("AI_MEMORY_AGENT_ID", "ai:readme@test")
    port = 9077 if _port_free(9077) else 0
    with LocalServer(ServerConfig(port=port, visibility="owner")) as url:
        yield SEED_URL if port == 9077 else url


def _run(snippet: str, url: str, namespace: dict[str, Any] | None = None) -> dict[str, Any]:
    scope: dict[str, Any] = {"__name__": "__readme__", **(namespace or {})}
    exec(compile(snippet.replace(SEED_URL, url), "<seed README>", "exec"), scope)
    return scope


def test_quickstart(seed_server: str, capsys: pytest.CaptureFixture[str]) -> None:
    _run(QUICKSTART, seed_server)
    lines = capsys.readouterr().out.splitlines()
    memory_id = lines[0]
    assert len(memory_id) == 36 and lines[1:] == ["BIND9 build notes 1.0"]
    with ai_memory.AiMemoryClient(seed_server) as client:
        stored = client.get(memory_id)
    assert stored.tier is ai_memory.Tier.LONG and stored.tags == ["dns", "bind9"]
    assert stored.metadata["agent_id"] == "ai:readme@test"


def test_async(seed_server: str, capsys: pytest.CaptureFixture[str]) -> None:
    with ai_memory.AiMemoryClient(seed_server) as client:
        client.store(title="hello world", content="hello from the seed README")
    _run(ASYNC, seed_server)
    assert capsys.readouterr().out.splitlines() == ["hello world"]


def test_api_key() -> None:
    scope = _run("client = " + API_KEY, SEED_URL, {"AiMemoryClient": ai_memory.AiMemoryClient})
    client = scope["client"]
    with respx.mock(base_url="https://memory.example.com", assert_all_called=True) as mock:
        health = mock.get("/api/v1/health").respond(
            200,
            json={
                "status": "ok",
                "service": "ai-memory",
                "version": "0.7.0",
                "embedder_ready": True,
                "federation_enabled": False,
            },
        )
        metrics = mock.get("/api/v1/metrics").respond(200, text="ai_memory_memories 0\n")
        client.health()
        client.metrics()
    assert "x-api-key" not in health.calls.last.request.headers  # "The server exempts /api/v1/health"
    assert metrics.calls.last.request.headers["x-api-key"] == "sk-..."
    client.close()


def test_mtls_constructor(tmp_path: Path) -> None:
    ca = trustme.CA()
    client_cert = ca.issue_cert("client@test")
    files = {
        "/etc/ssl/certs/server-ca.pem": ca.cert_pem,
        "/etc/ssl/client/client.pem": client_cert.cert_chain_pems[0],
        "/etc/ssl/client/client.key": client_cert.private_key_pem,
    }
    snippet = "client = " + MTLS
    for seed_path, blob in files.items():
        local = tmp_path / Path(seed_path).name
        blob.write_to_path(str(local))
        snippet = snippet.replace(seed_path, str(local))
    client = _run(snippet, SEED_URL, {"AiMemoryClient": ai_memory.AiMemoryClient})["client"]
    assert client.base_url == "https://memory.example.com"
    client.close()


def test_agent_identity(seed_server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("AI_MEMORY_AGENT_ID")
    client = _run("client = " + AGENT_IDENTITY, seed_server, {"AiMemoryClient": ai_memory.AiMemoryClient})[
        "client"
    ]
    with client:
        created = client.store(title="who am I", content="stamped by X-Agent-Id")
        assert created.agent_id == "ai:claude-opus-4.7@host"
        assert client.get(created["id"]).metadata["agent_id"] == "ai:claude-opus-4.7@host"


class _Request:
    def __init__(self, body: bytes, headers: dict[str, str]) -> None:
        self.body = body
        self.headers = headers


def test_webhook_three_argument_form_raises_the_clear_error() -> None:
    handle = _run(WEBHOOK, SEED_URL)["handle"]
    body = b'{"event":"memory_store"}'
    ts = str(int(time.time()))
    key = hashlib.sha256(b"...").digest()
    sig = "sha256=" + hmac.new(key, ts.encode() + b"." + body, hashlib.sha256).hexdigest()
    request = _Request(body, {"X-AI-Memory-Signature": sig, "X-AI-Memory-Timestamp": ts})
    with pytest.raises(ai_memory.WebhookTimestampRequiredError, match="timestamp"):
        handle(request)
    # The fix the error message points to works on the same request:
    assert ai_memory.verify_webhook_signature(
        request.body, sig, secret="...", timestamp=request.headers["X-AI-Memory-Timestamp"]
    )


@pytest.mark.parametrize(("name", "status"), ERRORS_TABLE.items())
def test_errors_table(name: str, status: int) -> None:
    cls = getattr(ai_memory, name)
    assert issubclass(cls, ai_memory.AiMemoryError)

    def reply(request: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json={"error": f"status {status}"})

    http = httpx.Client(transport=httpx.MockTransport(reply))
    with ai_memory.AiMemoryClient(http_client=http, max_retries=0) as client, pytest.raises(cls) as info:
        client.get("x")
    assert info.value.status_code == status


def test_errors_table_transport_error() -> None:
    def fail(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("network failure", request=request)

    http = httpx.Client(transport=httpx.MockTransport(fail))
    with (
        ai_memory.AiMemoryClient(http_client=http, max_retries=0) as client,
        pytest.raises(ai_memory.TransportError),
    ):
        client.health()


# -- the "All methods" table: every call form, against the local server -------------------------------

ALL_METHODS = [
    "health",
    "metrics",
    "store",
    "bulk_store",
    "get",
    "update",
    "delete",
    "promote",
    "list",
    "search",
    "recall",
    "forget",
    "link",
    "get_links",
    "stats",
    "namespaces",
    "gc",
    "export",
    "import_",
    "subscribe",
    "unsubscribe",
    "subscriptions",
    "notify",
    "inbox",
    "grant",
    "revoke",
    "cluster",
    "agents",
    "register_agent",
]


@pytest.mark.parametrize("name", ALL_METHODS)
def test_every_seed_method_exists_on_both_clients(name: str) -> None:
    for cls in (ai_memory.AiMemoryClient, ai_memory.AsyncAiMemoryClient):
        method = getattr(cls, name)
        assert callable(method) and method.__doc__
    method = getattr(ai_memory.AsyncAiMemoryClient, name)
    returns = str(inspect.signature(method).return_annotation)  # paginated: an AsyncPaginator at once
    assert inspect.iscoroutinefunction(method) or returns.startswith("AsyncPaginator[")


def test_all_methods_call_forms_against_the_local_server() -> None:
    """The table's call forms (positional where the seed shows them) with the daemon's semantics."""
    config = ServerConfig(visibility="owner", admin_agent_ids=["ai:admin"], allow_loopback_webhooks=True)
    with LocalServer(config) as url, ai_memory.AiMemoryClient(url, agent_id="ai:admin") as client:
        assert client.health().status == "ok"
        assert "ai_memory" in client.metrics()
        a = client.store(title="a", content="alpha", tags=["x"])
        b = client.store(title="b", content="beta")
        merged = client.store(title="a", content="alpha 2", on_conflict="merge")  # the README's "upsert"
        assert merged["id"] == a["id"]
        bulk = client.bulk_store([{"title": f"bulk {i}", "content": "c"} for i in range(3)])
        assert (bulk.created, bulk.errors) == (3, [])
        assert client.get(a["id"]).content == "alpha 2"
        updated = client.update(a["id"], ai_memory.UpdateMemory(priority=9))
        assert updated["priority"] == 9
        assert client.promote(b["id"]).tier is ai_memory.Tier.LONG
        assert {m.title for m in client.list(namespace="global")} >= {"a", "b", "bulk 0"}
        assert [m.title for m in client.search("alpha").results] == ["a"]
        assert client.recall("alpha").memories[0].score is not None
        assert client.link(a["id"], b["id"], "supersedes").linked is True
        assert client.get_links(a["id"]).links[0].relation == "supersedes"
        assert client.get(a["id"]).links[0].target_id == b["id"]
        assert client.stats().total >= 5
        assert client.namespaces()["namespaces"]
        assert client.gc().expired_deleted == 0
        exported = client.export()
        assert exported.count >= 5
        assert client.import_({"memories": [exported.memories[0].to_dict()]}).imported == 1
        sub = client.subscribe({"url": "http://127.0.0.1:9/hook", "events": ["memory_store"], "secret": "s"})
        assert [s.events for s in client.subscriptions().subscriptions] == ["memory_store"]
        assert client.unsubscribe(sub.id).removed is True
        client.notify({"target_agent_id": "ai:bob", "title": "hi", "payload": "there"})
        inbox = client.with_options(agent_id="ai:bob").inbox()
        assert [(m.title, m.payload) for m in inbox.messages] == [("hi", "there")]
        for call in (
            lambda: client.grant(a["id"], "ai:bob"),
            lambda: client.revoke(a["id"], "ai:bob"),
            client.cluster,
        ):
            with pytest.raises(ai_memory.UnsupportedEndpointError, match="no such route"):
                call()
        assert client.register_agent("ai:bob", "human").registered is True
        assert "ai:bob" in [x.agent_id for x in client.agents().agents]
        assert client.forget(pattern="beta").deleted == 1
        assert client.delete(a["id"]).deleted is True
        with pytest.raises(ai_memory.NotFoundError):
            client.get(a["id"])
        assert json.loads(client.with_raw_response.health().content)["status"] == "ok"
