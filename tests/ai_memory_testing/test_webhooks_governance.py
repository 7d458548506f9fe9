"""Real webhook delivery to a local receiver (signature verified independently), retries + DLQ,
subscription rules; governance 202 pending -> approve executes / reject."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from server_test_support import agent

SECRET = "topsecret"
A = agent("alice")


class Receiver:
    """A webhook receiver that records deliveries; ``mode`` = ack | bad_ack | status_500."""

    def __init__(self, mode: str = "ack") -> None:
        self.mode = mode
        self.hits: list[tuple[dict[str, str], bytes]] = []
        outer = self

        class H(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["content-length"]))
                outer.hits.append(({k.lower(): v for k, v in self.headers.items()}, body))
                corr = self.headers["x-ai-memory-correlation-id"]
                status, reply = 200, {"status": "ack", "correlation_id": corr}
                if outer.mode == "bad_ack":
                    reply = {"status": "ack", "correlation_id": "wrong"}
                elif outer.mode == "status_500":
                    status = 500
                data = json.dumps(reply).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), H)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/hook"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def wait(self, n: int, timeout: float = 5.0) -> None:
        deadline = time.monotonic() + timeout
        while len(self.hits) < n and time.monotonic() < deadline:
            time.sleep(0.01)
        assert len(self.hits) >= n, f"expected {n} deliveries, got {len(self.hits)}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def receiver():
    rcv = Receiver()
    yield rcv
    rcv.close()


def expected_signature(secret: str, timestamp: str, body: bytes) -> str:
    key = hashlib.sha256(secret.encode()).digest()
    return "sha256=" + hmac.new(key, timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()


def test_subscription_rules(make_server, receiver: Receiver) -> None:
    _, strict = make_server()  # daemon default: loopback rejected
    r = strict.post("/api/v1/subscriptions", json={"url": receiver.url, "secret": SECRET}, headers=A)
    assert r.status_code == 400 and r.json()["error"].startswith(
        f"webhook URL targets loopback address {receiver.url}"
    )
    r = strict.post("/api/v1/subscriptions", json={"url": "https://example.com/h"}, headers=A)
    assert r.status_code == 400 and r.json()["error"].startswith("HMAC secret required")
    r = strict.post("/api/v1/subscriptions", json={"url": "ftp://example.com/h", "secret": "s"}, headers=A)
    assert r.json() == {"error": "webhook URL scheme must be http(s): ftp://example.com/h"}
    r = strict.post("/api/v1/subscriptions", json={"url": "http://example.com/h", "secret": "s"}, headers=A)
    assert r.json() == {"error": "webhook URL must be https for non-loopback host: http://example.com/h"}
    r = strict.post("/api/v1/subscriptions", json={"url": "https://10.0.0.1/h", "secret": "s"}, headers=A)
    assert r.json() == {"error": "webhook URL targets private / link-local address: https://10.0.0.1/h"}


def test_delivery_signature_and_ack(make_server, receiver: Receiver) -> None:
    server, c = make_server(allow_loopback_webhooks=True)
    sub = c.post(
        "/api/v1/subscriptions",
        json={"url": receiver.url, "secret": SECRET, "events": "memory_store,memory_delete"},
        headers=A,
    )
    assert sub.status_code == 201 and SECRET not in sub.text
    assert set(sub.json()) == {
        "id",
        "url",
        "events",
        "namespace_filter",
        "agent_filter",
        "created_by",
        "agent_id",
    }
    mid = c.post("/api/v1/memories", json={"title": "hooked", "content": "c"}, headers=A).json()["id"]
    receiver.wait(1)
    headers, body = receiver.hits[0]
    assert headers["x-ai-memory-signature"] == expected_signature(
        SECRET, headers["x-ai-memory-timestamp"], body
    )
    assert headers["user-agent"] == "ai-memory/0.7.0" and headers["content-type"] == "application/json"
    payload = json.loads(body)
    assert list(payload) == ["event", "memory_id", "namespace", "agent_id", "delivered_at", "correlation_id"]
    assert (
        payload["event"] == "memory_store" and payload["memory_id"] == mid and payload["agent_id"] == "alice"
    )
    assert payload["correlation_id"] == headers["x-ai-memory-correlation-id"]
    assert payload["correlation_id"][14] == "7"  # UUIDv7
    c.post(f"/api/v1/memories/{mid}/promote", headers=A)  # not subscribed
    c.delete(f"/api/v1/memories/{mid}", headers=A)
    receiver.wait(2)
    assert server.app.dispatcher.wait_idle(5)
    delete_payload = json.loads(receiver.hits[1][1])
    assert delete_payload["event"] == "memory_delete" and delete_payload["title"] == "hooked"
    assert delete_payload["tier"] == "long" and len(receiver.hits) == 2  # promoted first
    rows = c.get("/api/v1/subscriptions", headers=A).json()
    assert rows["count"] == 1 and rows["subscriptions"][0]["events"] == "memory_store,memory_delete"
    assert rows["subscriptions"][0]["dispatch_count"] == 2 and rows["subscriptions"][0]["failure_count"] == 0
    assert c.get("/api/v1/subscriptions", headers=agent("bob")).json()["count"] == 0
    gone = c.delete("/api/v1/subscriptions", params={"id": sub.json()["id"]}, headers=A)
    assert gone.json() == {"id": sub.json()["id"], "removed": True}
    assert c.delete("/api/v1/subscriptions", headers=A).json() == {
        "error": "id or (agent_id, namespace) required"
    }


def test_bad_ack_retries_then_dead_letter(make_server) -> None:
    rcv = Receiver(mode="bad_ack")
    try:
        server, c = make_server(allow_loopback_webhooks=True, webhook_retry_delays=(0.01, 0.02, 0.03))
        c.post("/api/v1/subscriptions", json={"url": rcv.url, "secret": SECRET}, headers=A)
        c.post("/api/v1/memories", json={"title": "x", "content": "c"}, headers=A)
        assert server.app.dispatcher.wait_idle(10)
        assert len(rcv.hits) == 4  # initial + 3 retries
        assert len({h["x-ai-memory-correlation-id"] for h, _ in rcv.hits}) == 1  # stable across retries
        dlq = server.app.store.dead_letters()
        assert len(dlq) == 1 and dlq[0]["attempts"] == 4 and "correlation_id mismatch" in dlq[0]["last_error"]
        sub = c.get("/api/v1/subscriptions", headers=A).json()["subscriptions"][0]
        assert sub["failure_count"] == 1
    finally:
        rcv.close()


def test_link_event_and_link_details(make_server, receiver: Receiver) -> None:
    _server, c = make_server(allow_loopback_webhooks=True)
    c.post(
        "/api/v1/subscriptions",
        json={"url": receiver.url, "secret": SECRET, "events": "memory_link_created"},
        headers=A,
    )
    a = c.post("/api/v1/memories", json={"title": "a", "content": "c"}, headers=A).json()["id"]
    b = c.post("/api/v1/memories", json={"title": "b", "content": "c"}, headers=A).json()["id"]
    c.post("/api/v1/links", json={"source_id": a, "target_id": b, "relation": "related_to"}, headers=A)
    receiver.wait(1)
    p = json.loads(receiver.hits[0][1])
    assert (p["event"], p["memory_id"], p["target_id"], p["relation"]) == (
        "memory_link_created",
        a,
        b,
        "related_to",
    )


def test_governance_pending_approve_reject(make_server) -> None:
    _, c = make_server(governance={"gated": {"write": "approve", "delete": "approve"}})
    r = c.post(
        "/api/v1/memories", json={"title": "needs ok", "content": "c", "namespace": "gated"}, headers=A
    )
    assert r.status_code == 202
    body = r.json()
    assert body["status"] == "pending" and body["action"] == "store" and body["namespace"] == "gated"
    assert body["reason"] == "governance requires approval" and "id" not in body
    assert c.get("/api/v1/memories", params={"namespace": "gated"}, headers=A).json()["count"] == 0
    pend = c.get("/api/v1/pending", headers=A).json()
    assert pend["count"] == 1 and pend["pending"][0]["id"] == body["pending_id"]
    ok = c.post(f"/api/v1/pending/{body['pending_id']}/approve", headers=agent("boss"))
    assert ok.status_code == 200
    assert set(ok.json()) == {"approved", "id", "decided_by", "executed", "memory_id"}
    assert ok.json()["executed"] is True and ok.json()["decided_by"] == "boss"
    mem = c.get(f"/api/v1/memories/{ok.json()['memory_id']}", headers=A).json()["memory"]
    assert mem["title"] == "needs ok" and mem["metadata"]["agent_id"] == "alice"
    again = c.post(f"/api/v1/pending/{body['pending_id']}/approve", headers=agent("boss"))
    assert again.status_code == 403 and again.json() == {
        "error": "approve rejected: already decided: status=approved"
    }
    d = c.delete(f"/api/v1/memories/{mem['id']}", headers=A)
    assert d.status_code == 202 and d.json()["action"] == "delete" and d.json()["memory_id"] == mem["id"]
    rej = c.post(f"/api/v1/pending/{d.json()['pending_id']}/reject", headers=agent("boss"))
    assert rej.json() == {"rejected": True, "id": d.json()["pending_id"], "decided_by": "boss"}
    assert c.get(f"/api/v1/memories/{mem['id']}", headers=A).status_code == 200


def test_governance_via_namespace_standard_and_hmac_gate(make_server) -> None:
    _, c = make_server(require_approval_hmac=True)
    r = c.post(
        "/api/v1/namespaces", json={"namespace": "team", "governance": {"write": "approve"}}, headers=A
    )
    assert r.status_code == 201  # the daemon answers 201 Created
    p = c.post("/api/v1/memories", json={"title": "t", "content": "c", "namespace": "team/sub"}, headers=A)
    assert p.status_code == 202  # inherited from the parent namespace
    denied = c.post(f"/api/v1/pending/{p.json()['pending_id']}/approve", headers=A)
    assert denied.status_code == 401 and denied.json()["error"] == "invalid or missing X-AI-Memory-Signature"


def test_namespace_standard_naming_another_agents_memory_is_403(make_server) -> None:  # type: ignore[no-untyped-def]
    _, c = make_server(enforce_admin=False)
    std = c.post("/api/v1/memories", json={"title": "std", "content": "rules", "namespace": "n"}, headers=A)
    assert std.status_code == 201
    r = c.post(
        "/api/v1/namespaces", json={"namespace": "n", "id": std.json()["id"]}, headers=agent("mallory")
    )
    assert r.status_code == 403
    assert r.json() == {
        "error": "caller does not own this namespace standard",
        "owner": A["X-Agent-Id"],
        "caller": "mallory",
    }
    ok = c.post("/api/v1/namespaces", json={"namespace": "n", "id": std.json()["id"]}, headers=A)
    assert ok.status_code == 201 and ok.json()["standard_id"] == std.json()["id"]


def test_reflect_fires_memory_store_and_kg_invalidate_fires_nothing(make_server, receiver: Receiver) -> None:  # type: ignore[no-untyped-def]
    server, c = make_server(allow_loopback_webhooks=True)
    c.post("/api/v1/subscriptions", json={"url": receiver.url, "secret": SECRET, "events": "*"}, headers=A)
    a = c.post("/api/v1/memories", json={"title": "a", "content": "c"}, headers=A).json()["id"]
    b = c.post("/api/v1/memories", json={"title": "b", "content": "c"}, headers=A).json()["id"]
    c.post("/api/v1/links", json={"source_id": a, "target_id": b}, headers=A)
    refl = c.post(
        "/api/v1/memory_reflect", json={"source_ids": [a], "title": "r", "content": "insight"}, headers=A
    ).json()
    inv = c.post(
        "/api/v1/kg/invalidate", json={"source_id": a, "target_id": b, "relation": "related_to"}, headers=A
    )
    assert inv.status_code == 200 and inv.json()["found"] is True
    receiver.wait(4)
    server.app.dispatcher.wait_idle(5)
    events = [(p["event"], p["memory_id"]) for p in (json.loads(body) for _, body in receiver.hits)]
    assert sorted(events) == sorted(  # deliveries run concurrently: their order is not the events'
        [("memory_store", a), ("memory_store", b), ("memory_link_created", a), ("memory_store", refl["id"])]
    )
