"""The nine calls the published SDK ``ai-memory-mcp`` 0.10.0 gets wrong (reference §13), each shown
against the local server (daemon semantics): the published request fails there, ours works.
Every test runs with the sync and the async client. The three routes no daemon serves
(grant/revoke/cluster) are covered in ``test_ai_memory_methods.py`` / ``test_ai_memory_errors.py``."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import inspect
import json
import time
from collections.abc import Callable, Iterator
from typing import Any

import httpx
import pytest

import ai_memory
from ai_memory.testing import LocalServer, ServerConfig

AGENT = "ai:bugs@test"
ADMIN = {"X-Agent-Id": AGENT}


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    config = ServerConfig(visibility="owner", admin_agent_ids=[AGENT], allow_loopback_webhooks=True)
    with LocalServer(config) as url:
        yield url


@pytest.fixture(params=["sync", "async"])
def run(request: pytest.FixtureRequest, server: str) -> Callable[[Callable[[Any], Any]], Any]:
    """``run(lambda client: client.method(...))`` with a fresh sync or async client."""

    def call(fn: Callable[[Any], Any]) -> Any:
        if request.param == "sync":
            with ai_memory.AiMemoryClient(server, agent_id=AGENT) as client:
                return fn(client)

        async def go() -> Any:
            async with ai_memory.AsyncAiMemoryClient(server, agent_id=AGENT) as client:
                result = fn(client)
                return await result if inspect.isawaitable(result) else result

        return asyncio.run(go())

    return call


@pytest.fixture
def raw(server: str) -> Iterator[httpx.Client]:
    """Plain httpx, to send exactly what the published SDK sends."""
    with httpx.Client(base_url=server, headers=ADMIN, timeout=10) as client:
        yield client


def _store(raw: httpx.Client, title: str) -> str:
    response = raw.post("/api/v1/memories", json={"title": title, "content": f"content of {title}"})
    assert response.status_code == 201
    return str(response.json()["id"])


def test_bug1_get_unwraps_memory_and_links(run: Any, raw: httpx.Client) -> None:
    """Published: ``Memory.model_validate({memory, links})`` → pydantic error. Ours: MemoryWithLinks."""
    memory_id = _store(raw, f"bug1 {time.monotonic_ns()}")
    wire = raw.get(f"/api/v1/memories/{memory_id}").json()
    assert set(wire) == {"memory", "links"}
    with pytest.raises(Exception, match="validation error"):
        ai_memory.Memory.model_validate(wire)  # what the published get() does
    got = run(lambda c: c.get(memory_id))
    assert isinstance(got, ai_memory.MemoryWithLinks) and got.id == memory_id and got.links == []


def test_bug2_search_reads_results(run: Any, raw: httpx.Client) -> None:
    """Published: reads ``memories`` (absent) and iterates dict keys. Ours: ``results``."""
    title = f"zebracorn {time.monotonic_ns()}"
    memory_id = _store(raw, title)
    wire = raw.get("/api/v1/search", params={"q": "zebracorn"}).json()
    assert "memories" not in wire and "results" in wire
    found = run(lambda c: c.search("zebracorn"))
    assert memory_id in [m.id for m in found.results] and found.query == "zebracorn"


def test_bug3_forget_sends_a_json_body(run: Any, raw: httpx.Client) -> None:
    """Published: query parameters → 415. Ours: a JSON body → 200."""
    _store(raw, "forget me please")
    published = raw.post("/api/v1/forget", params={"pattern": "please"})
    assert published.status_code == 415
    assert run(lambda c: c.forget(pattern="please")).deleted == 1


def test_bug4_subscribe_sends_events_as_csv(run: Any, raw: httpx.Client) -> None:
    """Published: ``events`` as a JSON list → 422. Ours: the comma-separated string."""
    request = {"url": "http://127.0.0.1:9/hook", "events": ["memory_store", "memory_delete"], "secret": "s"}
    assert raw.post("/api/v1/subscriptions", json=request).status_code == 422
    created = run(lambda c: c.subscribe(request))
    assert created.events == "memory_store,memory_delete"
    raw.delete("/api/v1/subscriptions", params={"id": created.id})


def test_bug5_unsubscribe_uses_the_id_query(run: Any, raw: httpx.Client) -> None:
    """Published: ``DELETE /subscriptions/{id}`` → 404 (no such route). Ours: ``?id=``."""
    body = {"url": "http://127.0.0.1:9/hook", "events": "*", "secret": "s"}
    sub_id = raw.post("/api/v1/subscriptions", json=body).json()["id"]
    assert raw.delete(f"/api/v1/subscriptions/{sub_id}").status_code == 404
    removed = run(lambda c: c.unsubscribe(sub_id))
    assert removed.removed is True and removed.id == sub_id


def test_bug6_subscriptions_parses_csv_events(run: Any, raw: httpx.Client) -> None:
    """Published: ``Subscription.events: list[str]`` fails on the daemon's CSV string. Ours: parsed."""
    body = {"url": "http://127.0.0.1:9/hook", "events": "memory_store,memory_promote", "secret": "s"}
    sub_id = raw.post("/api/v1/subscriptions", json=body).json()["id"]
    rows = raw.get("/api/v1/subscriptions").json()["subscriptions"]
    assert all(isinstance(r["events"], str) for r in rows)
    listed = run(lambda c: c.subscriptions())
    row = next(s for s in listed.subscriptions if s.id == sub_id)
    assert row.events == "memory_store,memory_promote" and row.dispatch_count == 0
    raw.delete("/api/v1/subscriptions", params={"id": sub_id})


def test_bug7_notify_sends_target_title_payload(run: Any, raw: httpx.Client) -> None:
    """Published: ``{to, subject, body}`` → 422. Ours: ``{target_agent_id, title, payload}``."""
    published = raw.post("/api/v1/notify", json={"to": "ai:bob", "subject": "hi", "body": "yo"})
    assert published.status_code == 422
    sent = run(lambda c: c.notify({"target_agent_id": "ai:bob", "title": "hi", "payload": "yo"}))
    assert sent.to == "ai:bob" and sent.namespace == "_messages/ai:bob"
    inbox = raw.get("/api/v1/inbox", headers={"X-Agent-Id": "ai:bob"}).json()
    assert inbox["messages"][-1]["payload"] == "yo"


def test_bug8_bulk_store_returns_created_and_string_errors(run: Any) -> None:
    """Published: ``BulkCreateResponse.errors: list[dict]`` (+ ``ids``) fails whenever a row errors."""
    rows = [{"title": f"bulk ok {time.monotonic_ns()}", "content": "c"}, {"title": "bad", "content": "   "}]
    with pytest.raises(ai_memory.ValidationError, match="content"):
        run(lambda c: c.bulk_store(rows))  # the blank row is caught client-side first…
    result = run(lambda c: c.with_options(validate_requests=False).bulk_store(rows))  # …or by the daemon
    assert isinstance(result, ai_memory.BulkCreateResponse)
    assert result.created == 1 and result.errors == ["validation failed"]
    assert "ids" not in result.to_dict()


def test_bug9_webhook_verification_uses_the_daemons_scheme() -> None:
    """Published: ``HMAC(secret, body)`` without the timestamp never verifies. Ours: the scheme of §8."""
    secret, ts, body = "s3cret", str(int(time.time())), json.dumps({"event": "memory_store"}).encode()
    daemon_sig = (
        "sha256="
        + hmac.new(
            hashlib.sha256(secret.encode()).digest(), f"{ts}.".encode() + body, hashlib.sha256
        ).hexdigest()
    )
    published_sig = "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()
    assert daemon_sig != published_sig
    assert ai_memory.verify_webhook_signature(body, daemon_sig, secret, timestamp=ts) is True
    assert ai_memory.verify_webhook_signature(body, published_sig, secret, timestamp=ts) is False
    with pytest.raises(ai_memory.WebhookTimestampRequiredError):
        ai_memory.verify_webhook_signature(body, daemon_sig, secret)  # type: ignore[call-arg]
