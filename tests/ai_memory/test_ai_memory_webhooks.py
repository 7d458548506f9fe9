"""Webhooks (reference §8): the daemon's signature scheme with vectors computed independently here,
tolerance both ways, malformed input never raising, typed events, the ACK, and a real delivery from
the local server to a receiver built on ``parse_webhook`` + ``webhook_ack``."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
import uuid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
import pytest

import ai_memory
from ai_memory import parse_webhook, sign_webhook, verify_webhook_signature, webhook_ack
from ai_memory.testing import LocalServer, ServerConfig, webhook_signature

SECRET = "whsec-topsecret"
TS = "1767225600"  # 2026-01-01T00:00:00Z
NOW = float(TS)
CORR = "01968f2e-7c1a-7b3d-9e4f-2a1b3c4d5e6f"
BODY = (
    b'{"event":"memory_store","memory_id":"7f3c9a2e-4b1d-4c8e-9f0a-1b2c3d4e5f60","namespace":"global",'
    b'"agent_id":"ai:claude-opus-4.7@host","delivered_at":"2026-01-01T00:00:00.123456+00:00",'
    b'"correlation_id":"' + CORR.encode() + b'"}'
)


def daemon_signature(secret: str, timestamp: str, body: bytes) -> str:
    """The daemon's scheme, written out independently: HMAC-SHA256(SHA256(secret), "<ts>.<body>")."""
    key = hashlib.sha256(secret.encode()).digest()
    return "sha256=" + hmac.new(key, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()


SIG = daemon_signature(SECRET, TS, BODY)


def test_known_vector() -> None:
    """Pinned with ``openssl dgst -sha256 -mac HMAC -macopt hexkey:<sha256(secret)>``."""
    key = hashlib.sha256(b"s3cret").digest()
    assert key.hex() == "1ec1c26b50d5d3c58d9583181af8076655fe00756bf7285940ba3670f99fcba0"
    signature = "sha256=914cf647f17b76cdd36a6226ff3534f9b6b8cc3e381892980653832779bf6d3b"
    body = b'{"event":"memory_store"}'
    assert hmac.new(key, b"1700000000." + body, hashlib.sha256).hexdigest() == signature[7:]
    assert verify_webhook_signature(body, signature, "s3cret", timestamp="1700000000", tolerance=None)
    assert verify_webhook_signature(body, signature, "s3cret", timestamp=1700000000, now=1700000000)
    assert not verify_webhook_signature(body, signature, "s3cret", timestamp="1700000001", tolerance=None)


def test_matches_the_local_servers_signer() -> None:
    secret_hash = hashlib.sha256(SECRET.encode()).hexdigest()  # what the daemon stores
    assert "sha256=" + webhook_signature(secret_hash, TS, BODY) == SIG


@pytest.mark.parametrize("body", [BODY, BODY.decode(), bytearray(BODY), memoryview(BODY)])
def test_valid_signature(body: Any) -> None:
    assert verify_webhook_signature(body, SIG, SECRET, timestamp=TS, now=NOW) is True
    assert verify_webhook_signature(body, SIG, secret=SECRET, timestamp=TS, now=NOW) is True


def test_uppercase_hex_and_surrounding_space_are_accepted() -> None:
    sig = "sha256=" + SIG.removeprefix("sha256=").upper()
    assert verify_webhook_signature(BODY, f" {sig} ", SECRET, timestamp=f" {TS} ", now=NOW)


def test_bytes_secret_is_hashed_like_the_string() -> None:
    assert verify_webhook_signature(BODY, SIG, SECRET.encode(), timestamp=TS, now=NOW)


@pytest.mark.parametrize(
    ("body", "sig", "secret", "ts"),
    [
        (BODY, SIG, "wrong-secret", TS),
        (BODY + b" ", SIG, SECRET, TS),
        (BODY.replace(b"global", b"glob4l"), SIG, SECRET, TS),
        (BODY, SIG, SECRET, str(int(TS) + 1)),
        (json.dumps(json.loads(BODY)).encode(), SIG, SECRET, TS),  # re-encoded JSON breaks the HMAC
    ],
    ids=["secret", "trailing-space", "tampered", "timestamp", "re-encoded"],
)
def test_mismatch_is_false(body: bytes, sig: str, secret: str, ts: str) -> None:
    assert verify_webhook_signature(body, sig, secret, timestamp=ts, now=NOW) is False


def test_the_published_sdk_scheme_is_rejected() -> None:
    """§13.3: the published SDK computes HMAC(secret, body); the daemon never sends that."""
    wrong = "sha256=" + hmac.new(SECRET.encode(), BODY, hashlib.sha256).hexdigest()
    assert verify_webhook_signature(BODY, wrong, SECRET, timestamp=TS, now=NOW) is False


@pytest.mark.parametrize(
    ("offset", "expected"),
    [(-301, False), (-300, True), (-299, True), (0, True), (299, True), (300, True), (301, False)],
)
def test_tolerance_both_directions(offset: int, expected: bool) -> None:
    ts = str(int(NOW) + offset)
    sig = daemon_signature(SECRET, ts, BODY)
    assert verify_webhook_signature(BODY, sig, SECRET, timestamp=ts, now=NOW) is expected


def test_custom_and_disabled_tolerance() -> None:
    old = str(int(NOW) - 3600)
    sig = daemon_signature(SECRET, old, BODY)
    assert not verify_webhook_signature(BODY, sig, SECRET, timestamp=old, now=NOW)
    assert verify_webhook_signature(BODY, sig, SECRET, timestamp=old, now=NOW, tolerance=4000)
    assert verify_webhook_signature(BODY, sig, SECRET, timestamp=old, now=NOW, tolerance=None)


def test_default_now_is_the_clock() -> None:
    ts = str(int(time.time()))
    assert verify_webhook_signature(BODY, daemon_signature(SECRET, ts, BODY), SECRET, timestamp=ts)
    assert not verify_webhook_signature(BODY, SIG, SECRET, timestamp=TS)  # 2026-01-01 is not "now"


@pytest.mark.parametrize(
    ("body", "sig", "secret", "ts"),
    [
        (BODY, None, SECRET, TS),
        (BODY, "", SECRET, TS),
        (BODY, "sha256=", SECRET, TS),
        (BODY, "sha256=" + "z" * 64, SECRET, TS),
        (BODY, SIG[:-2], SECRET, TS),
        (BODY, SIG + "00", SECRET, TS),
        (BODY, SIG.replace("sha256=", "sha1="), SECRET, TS),
        (BODY, SIG.removeprefix("sha256="), SECRET, TS),
        (BODY, "sha256=" + "é" * 64, SECRET, TS),
        (BODY, 12345, SECRET, TS),
        (BODY, SIG, None, TS),
        (BODY, SIG, 42, TS),
        (BODY, SIG, SECRET, None),
        (BODY, SIG, SECRET, ""),
        (BODY, SIG, SECRET, "abc"),
        (BODY, SIG, SECRET, "-1767225600"),
        (BODY, SIG, SECRET, "1767225600.0"),
        (BODY, SIG, SECRET, True),
        (BODY, SIG, SECRET, 1.5),
        (BODY, SIG, SECRET, "9" * 40),
        ({"event": "memory_store"}, SIG, SECRET, TS),
        (None, SIG, SECRET, TS),
    ],
)
def test_malformed_input_returns_false_never_raises(body: Any, sig: Any, secret: Any, ts: Any) -> None:
    assert verify_webhook_signature(body, sig, secret, timestamp=ts, now=NOW) is False


def test_the_seed_three_argument_form_raises_a_clear_error() -> None:
    with pytest.raises(ai_memory.WebhookTimestampRequiredError) as info:
        verify_webhook_signature(BODY, SIG, secret=SECRET)  # type: ignore[call-arg]
    error = info.value
    assert isinstance(error, ai_memory.AiMemoryError) and isinstance(error, TypeError)
    assert "timestamp" in str(error) and "X-AI-Memory-Timestamp" in str(error)


EVENTS: dict[str, dict[str, Any]] = {
    "memory_store": {},
    "memory_delete": {"title": "BIND9", "tier": "long"},
    "memory_promote": {"mode": "tier", "tier": "long"},
    "memory_link_created": {"target_id": "m2", "relation": "related_to"},
    "memory_link_invalidated": {
        "target_id": "m2",
        "relation": "supersedes",
        "valid_until": "2026-01-02T00:00:00+00:00",
    },
    "memory_consolidated": {"source_ids": ["a", "b"], "source_count": 2},
    "approval_requested": {
        "action_type": "store",
        "requested_at": "2026-01-01T00:00:00+00:00",
        "status": "pending",
    },
}


def _delivery(event: str, **details: Any) -> bytes:
    envelope = {
        "event": event,
        "memory_id": "m1",
        "namespace": "global",
        "agent_id": None,
        "delivered_at": "2026-01-01T00:00:00+00:00",
        "correlation_id": CORR,
    }
    return json.dumps({**envelope, **details}, separators=(",", ":")).encode()


@pytest.mark.parametrize("event", sorted(EVENTS))
def test_parse_webhook_returns_the_typed_event(event: str) -> None:
    body = _delivery(event, **EVENTS[event])
    headers = {"x-ai-memory-timestamp": TS, "x-ai-memory-signature": daemon_signature(SECRET, TS, body)}
    parsed = parse_webhook(body, headers, SECRET, now=NOW)
    expected = "Webhook" + "".join(p.title() for p in event.split("_")) + "Event"
    assert type(parsed).__name__ == expected
    assert type(parsed) is getattr(ai_memory.types, expected)
    assert parsed.event == event and str(parsed.correlation_id) == CORR
    for key, value in EVENTS[event].items():
        assert key in parsed.to_dict() and parsed.to_dict()[key] == value


def test_parse_webhook_accepts_any_header_mapping_case() -> None:
    for headers in (
        {"X-AI-Memory-Timestamp": TS, "X-AI-Memory-Signature": SIG},
        {"X-Ai-Memory-Timestamp": TS, "X-Ai-Memory-Signature": SIG},
        httpx.Headers({"x-ai-memory-timestamp": TS, "x-ai-memory-signature": SIG}),
    ):
        event = parse_webhook(BODY, headers, SECRET, now=NOW)
        assert isinstance(event, ai_memory.WebhookMemoryStoreEvent) and event.namespace == "global"


@pytest.mark.parametrize(
    ("headers", "reason"),
    [
        ({"x-ai-memory-timestamp": TS}, "missing X-AI-Memory-Signature"),
        ({"x-ai-memory-signature": SIG}, "missing X-AI-Memory-Timestamp"),
        ({"x-ai-memory-timestamp": TS, "x-ai-memory-signature": "sha256=" + "0" * 64}, "invalid signature"),
        ({"x-ai-memory-timestamp": str(int(TS) - 1000), "x-ai-memory-signature": SIG}, "invalid signature"),
    ],
)
def test_parse_webhook_rejects_forgeries(headers: dict[str, str], reason: str) -> None:
    with pytest.raises(ai_memory.WebhookVerificationError, match=reason):
        parse_webhook(BODY, headers, SECRET, now=NOW)


def test_parse_webhook_rejects_signed_garbage() -> None:
    for body in (b"not json", b"[1,2]", _delivery("memory_delete")):  # the last lacks title/tier
        headers = {"x-ai-memory-timestamp": TS, "x-ai-memory-signature": daemon_signature(SECRET, TS, body)}
        with pytest.raises(ai_memory.WebhookVerificationError):
            parse_webhook(body, headers, SECRET, now=NOW)


def test_parse_webhook_keeps_unknown_events() -> None:
    body = _delivery("memory_teleported", extra=1)
    headers = {"x-ai-memory-timestamp": TS, "x-ai-memory-signature": daemon_signature(SECRET, TS, body)}
    event = parse_webhook(body, headers, SECRET, now=NOW)
    assert event["event"] == "memory_teleported" and event["extra"] == 1


def test_webhook_ack() -> None:
    expected = {"status": "ack", "correlation_id": CORR}
    assert webhook_ack(CORR) == expected
    assert webhook_ack(uuid.UUID(CORR)) == expected
    headers = {"x-ai-memory-timestamp": TS, "x-ai-memory-signature": SIG}
    assert webhook_ack(parse_webhook(BODY, headers, SECRET, now=NOW)) == expected
    assert ai_memory.WebhookAck.model_validate(expected).status == "ack"


def test_sign_webhook_round_trip() -> None:
    headers = sign_webhook(BODY, SECRET, timestamp=TS, correlation_id=CORR)
    assert headers == {
        "Content-Type": "application/json",
        "X-AI-Memory-Timestamp": TS,
        "X-AI-Memory-Signature": SIG,
        "X-AI-Memory-Correlation-Id": CORR,
    }
    fresh = sign_webhook(BODY.decode(), SECRET)
    assert parse_webhook(BODY, fresh, SECRET).memory_id == "7f3c9a2e-4b1d-4c8e-9f0a-1b2c3d4e5f60"
    with pytest.raises(TypeError):
        sign_webhook({"event": "x"}, SECRET)  # type: ignore[arg-type]


class _Receiver:
    """A user's webhook endpoint written with the SDK: parse_webhook, then answer webhook_ack."""

    def __init__(self, secret: str) -> None:
        self.events: list[Any] = []
        self.errors: list[Exception] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["content-length"]))
                try:
                    event = parse_webhook(body, self.headers, secret)
                except ai_memory.WebhookVerificationError as error:
                    outer.errors.append(error)
                    status, reply = 401, {"error": str(error)}
                else:
                    outer.events.append(event)
                    status, reply = 200, webhook_ack(event.correlation_id)
                data = json.dumps(reply).encode()
                self.send_response(status)
                self.send_header("content-type", "application/json")
                self.send_header("content-length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/hook"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    def wait(self, n: int) -> None:
        deadline = time.monotonic() + 5
        while len(self.events) + len(self.errors) < n and time.monotonic() < deadline:
            time.sleep(0.01)

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def test_real_delivery_from_the_local_server_is_verified_and_acked() -> None:
    receiver = _Receiver(SECRET)
    try:
        with (
            LocalServer(ServerConfig(allow_loopback_webhooks=True)) as url,
            ai_memory.AiMemoryClient(url, agent_id="ai:hooks@test") as client,
        ):
            sub = client.subscribe(
                {"url": receiver.url, "events": ["memory_store", "memory_delete"], "secret": SECRET}
            )
            created = client.store(title="hooked", content="deliver me")
            receiver.wait(1)
            client.delete(created["id"])
            receiver.wait(2)
            assert receiver.errors == []
            assert [type(e).__name__ for e in receiver.events] == [
                "WebhookMemoryStoreEvent",
                "WebhookMemoryDeleteEvent",
            ]
            assert receiver.events[0].memory_id == created["id"]
            assert receiver.events[1].title == "hooked"
            time.sleep(0.1)
            row = next(s for s in client.subscriptions().subscriptions if s.id == sub.id)
            assert row.events == "memory_store,memory_delete"
            assert row.dispatch_count >= 2 and row.failure_count == 0  # our ACK satisfied the daemon
            assert client.unsubscribe(sub.id).removed is True
    finally:
        receiver.close()


def test_webhook_event_is_the_union_of_the_specs_webhook_payloads() -> None:
    import typing

    import yaml

    spec = yaml.safe_load(ai_memory.spec_path().read_text())
    payloads = {
        operation["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
        for item in spec["webhooks"].values()
        for operation in item.values()
    }
    assert {cls.__name__ for cls in typing.get_args(ai_memory.WebhookEvent)} == payloads


def test_approval_requested_keeps_both_ids_of_the_repeated_memory_id() -> None:
    details = (
        b',"action_type":"delete","requested_at":"2026-01-01T00:00:00+00:00",'
        b'"memory_id":"target-1","status":"pending"}'
    )
    body = _delivery("approval_requested")[:-1] + details  # the envelope's memory_id is "m1"
    assert body.count(b'"memory_id"') == 2
    headers = {"x-ai-memory-timestamp": TS, "x-ai-memory-signature": daemon_signature(SECRET, TS, body)}
    event = parse_webhook(body, headers, SECRET, now=NOW)
    assert isinstance(event, ai_memory.WebhookApprovalRequestedEvent)
    assert event.memory_id == "m1" and event["target_memory_id"] == "target-1"
    store = _delivery("approval_requested", **EVENTS["approval_requested"])  # a store: no target
    headers = {"x-ai-memory-timestamp": TS, "x-ai-memory-signature": daemon_signature(SECRET, TS, store)}
    parsed = parse_webhook(store, headers, SECRET, now=NOW)
    assert parsed.memory_id == "m1" and "target_memory_id" not in parsed.to_dict()


def test_a_gated_delete_delivers_the_pending_id_that_approves_it() -> None:
    receiver = _Receiver(SECRET)
    config = ServerConfig(allow_loopback_webhooks=True, governance={"gated": {"delete": "approve"}})
    try:
        with (
            LocalServer(config) as url,
            ai_memory.AiMemoryClient(url, agent_id="ai:hooks@test") as client,
        ):
            client.subscribe({"url": receiver.url, "events": ["approval_requested"], "secret": SECRET})
            created = client.store(title="gated", content="delete me later", namespace="gated")
            client.delete(created["id"])  # 202: waits for approval
            receiver.wait(1)
            assert receiver.errors == []
            (event,) = receiver.events
            assert isinstance(event, ai_memory.WebhookApprovalRequestedEvent)
            assert event.action_type == "delete" and event["target_memory_id"] == created["id"]
            (pending,) = client.pending().pending
            assert event.memory_id == pending.id != created["id"]
            client.approve_pending(id=event.memory_id, agent_id="ai:boss@test")
            with pytest.raises(ai_memory.NotFoundError):
                client.get(created["id"])
    finally:
        receiver.close()
