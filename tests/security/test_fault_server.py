"""The SDK against a hostile server: every failure is a typed error, bounded in time and memory."""

from __future__ import annotations

import time
from typing import Any

import httpx
import pytest

import ai_memory
import memories_sh

from .fault_server import FaultServer

KEY = "sk-fault-secret-0123456789"
MEM_KEY = "mem_" + "ab" * 32
TIMED = {"cases": 0, "hangs": 0}  # calls against a stalling server, and those that outlived their bound


def within(start: float, bound: float) -> None:
    """Assert that a call started at ``start`` returned within ``bound`` seconds (tallied)."""
    TIMED["cases"] += 1
    if time.monotonic() - start >= bound:
        TIMED["hangs"] += 1
        raise AssertionError(f"the call outlived its bound of {bound} s")


def ai(server: FaultServer, fault: str, **kw: Any) -> ai_memory.AiMemoryClient:
    return ai_memory.AiMemoryClient(f"{server.url}/{fault}", api_key=KEY, max_retries=0, **kw)


def mem(server: FaultServer, fault: str, **kw: Any) -> memories_sh.MemoriesClient:
    return memories_sh.MemoriesClient(MEM_KEY, base_url=f"{server.url}/{fault}", transport="sdk_http", **kw)


@pytest.mark.parametrize("status", [302, 307, 308])
def test_redirects_are_not_followed_and_carry_nothing_away(fault: FaultServer, status: int) -> None:
    with ai(fault, f"redirect{status}") as client, pytest.raises(ai_memory.APIStatusError) as info:
        client.store(title="t", content="payload-body", tier="short")
    assert info.value.status_code == status
    assert fault.peer is not None and fault.peer.received == []
    with mem(fault, f"redirect{status}") as m, pytest.raises(memories_sh.MemoriesError):
        m.memories.add(content="payload-body")
    assert fault.peer is not None and fault.peer.received == []


@pytest.mark.parametrize("fault_name", ["drip", "drip-headers"])
def test_a_dripping_server_cannot_hold_a_call_past_its_deadline(fault: FaultServer, fault_name: str) -> None:
    start = time.monotonic()
    # default deadline: 4 x the read timeout
    with ai(fault, fault_name, timeout=0.5) as client, pytest.raises(ai_memory.TransportTimeoutError):
        client.get("m1")
    within(start, 2.0 + 1.5)
    start = time.monotonic()
    with (
        ai(fault, fault_name).with_options(deadline=0.8) as client,
        pytest.raises(ai_memory.TransportTimeoutError),
    ):
        client.get("m1")
    within(start, 0.8 + 1.0)


@pytest.mark.parametrize("fault_name", ["drip", "drip-headers"])
async def test_async_deadline(fault: FaultServer, fault_name: str) -> None:
    start = time.monotonic()
    client = ai_memory.AsyncAiMemoryClient(f"{fault.url}/{fault_name}", api_key=KEY).with_options(
        deadline=0.8
    )
    with pytest.raises(ai_memory.TransportTimeoutError):
        await client.get("m1")
    within(start, 0.8 + 1.0)
    await client.http_client.aclose()


def test_the_deadline_covers_retry_waits(fault: FaultServer) -> None:
    client = ai(fault, "html").with_options(deadline=1.0, max_retries=5)
    slept: list[float] = []
    client._sleep = slept.append  # type: ignore[method-assign]
    client._random = lambda: 0.0
    with pytest.raises(ai_memory.ServerError):  # 502: retried, until the next wait passes the deadline
        client.get("m1")
    assert slept == [0.5]


def test_gzip_bomb_stops_at_the_size_cap(fault: FaultServer) -> None:
    with (
        ai(fault, "bomb") as client,
        pytest.raises(ai_memory.ResponseValidationError, match="max_response_size"),
    ):
        client.get("m1")  # default cap: 64 MiB decoded (the bomb is 80 MiB)
    client = ai(fault, "bomb").with_options(max_response_size=1024)
    with pytest.raises(ai_memory.ResponseValidationError, match="1024 bytes"):
        client.get("m1")


@pytest.mark.parametrize(
    ("fault_name", "ai_error", "mem_error"),
    [
        ("reset", ai_memory.TransportError, memories_sh.APIConnectionError),
        ("garbage", ai_memory.TransportError, memories_sh.APIConnectionError),
        ("deep-ok", ai_memory.ResponseValidationError, memories_sh.APIResponseValidationError),
        ("deep-error", ai_memory.BadRequestError, memories_sh.APIStatusError),
        ("bad-utf8", ai_memory.ResponseValidationError, memories_sh.APIResponseValidationError),
        ("badutf8-error", ai_memory.ServerError, memories_sh.InternalError),
        ("wrong-types", ai_memory.ResponseValidationError, memories_sh.APIResponseValidationError),
        ("truncated", ai_memory.ResponseValidationError, memories_sh.APIResponseValidationError),
        ("html", ai_memory.ServerError, memories_sh.InternalError),
        ("nocontent", ai_memory.ResponseValidationError, memories_sh.APIResponseValidationError),
    ],
)
def test_every_fault_is_a_typed_error(
    fault: FaultServer, fault_name: str, ai_error: type, mem_error: type
) -> None:
    with ai(fault, fault_name) as client, pytest.raises(ai_error):
        client.get("m1")
    with mem(fault, fault_name, max_retries=0) as m, pytest.raises(mem_error):
        m.memories.list()


def test_a_post_is_not_repeated_after_a_reset(fault: FaultServer) -> None:
    with ai_memory.AiMemoryClient(f"{fault.url}/reset", api_key=KEY) as client:
        client._sleep = lambda s: None  # type: ignore[method-assign]
        with pytest.raises(ai_memory.TransportError):
            client.store(title="t", content="c", tier="short")
    assert len(fault.received) == 1


def test_closed_clients_raise_a_typed_error() -> None:
    client = ai_memory.AiMemoryClient("http://127.0.0.1:9", api_key=KEY)
    copy = client.with_options(max_retries=0)
    client.close()
    for c in (client, copy):
        with pytest.raises(ai_memory.TransportError, match="closed"):
            c.get("m1")
    m = memories_sh.MemoriesClient(MEM_KEY, base_url="http://127.0.0.1:9")
    m.close()
    with pytest.raises(memories_sh.APIConnectionError, match="closed"):
        m.memories.list()


async def test_closed_async_client_raises_a_typed_error() -> None:
    client = ai_memory.AsyncAiMemoryClient("http://127.0.0.1:9", api_key=KEY)
    await client.close()
    with pytest.raises(ai_memory.TransportError, match="closed"):
        await client.with_options(max_retries=0).get("m1")


def test_limits_are_validated() -> None:
    client = ai_memory.AiMemoryClient("http://127.0.0.1:9", api_key=KEY)
    for bad in ({"deadline": 0}, {"deadline": -1.0}, {"max_response_size": 0}):
        with pytest.raises(ai_memory.InvalidArgumentError):
            client.with_options(**bad)
    assert client.with_options(deadline=None, max_response_size=None).deadline is None


def test_dot_segments_stay_inside_the_path() -> None:
    seen: list[httpx.URL] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.url)
        return httpx.Response(404, json={"error": "not found"})

    http = httpx.Client(transport=httpx.MockTransport(handler))
    client = ai_memory.AiMemoryClient("http://daemon", api_key=KEY, http_client=http, max_retries=0)
    for call in (lambda: client.get("."), lambda: client.get(".."), lambda: client.delete("..")):
        with pytest.raises(ai_memory.NotFoundError):
            call()
    with pytest.raises(ai_memory.AiMemoryError):
        client.promote("..")
    paths = [u.raw_path for u in seen]
    assert paths[:3] == [b"/api/v1/memories/%2E", b"/api/v1/memories/%2E%2E", b"/api/v1/memories/%2E%2E"]
    assert paths[3].startswith(b"/api/v1/memories/%2E%2E/")


@pytest.mark.parametrize("key", [KEY + "\n", KEY + "\r\n", " " + KEY, KEY + "\x00", KEY + "é"])
def test_an_unsendable_key_is_refused_before_sending_and_not_retried(fault: FaultServer, key: str) -> None:
    client = ai_memory.AiMemoryClient(fault.url, api_key=key)
    with client, pytest.raises(ai_memory.InvalidArgumentError) as info:
        client.get("m1")
    assert fault.received == []
    assert KEY not in str(info.value) and KEY not in repr(info.value)


def test_a_server_asked_wait_extends_only_the_default_deadline() -> None:
    answers = [httpx.Response(503, headers={"Retry-After": "30"}), httpx.Response(404, json={"error": "x"})]

    def run(client: ai_memory.AiMemoryClient) -> list[float]:
        slept: list[float] = []
        client._sleep = slept.append  # type: ignore[method-assign]
        with pytest.raises((ai_memory.NotFoundError, ai_memory.ServiceUnavailableError)):
            client.get("m1")
        return slept

    script = iter(answers * 2)
    http = httpx.Client(transport=httpx.MockTransport(lambda request: next(script)), timeout=1.0)
    client = ai_memory.AiMemoryClient("http://daemon", api_key=KEY, http_client=http)
    assert run(client) == [30.0]  # default deadline (4 s): the server's wait is honoured on top
    assert run(client.with_options(deadline=5.0)) == []  # a deadline the caller set bounds everything
