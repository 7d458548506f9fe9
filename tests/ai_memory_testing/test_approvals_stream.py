"""``GET /approvals/stream``: live SSE frames of the subscriber's own approval events, and
``POST /approvals/{pending_id}`` deciding with ``remember``."""

from __future__ import annotations

import threading

import httpx

ME = {"X-Agent-Id": "ai:streamer"}


def _governed(http: httpx.Client, ns: str) -> None:
    r = http.post(f"/api/v1/namespaces/{ns}/standard", json={"governance": {"write": "approve"}}, headers=ME)
    assert r.status_code == 201, r.text  # the daemon answers 201 Created


def test_stream_carries_requested_and_decided_events(make_server) -> None:  # type: ignore[no-untyped-def]
    server, http = make_server(enforce_admin=False, approvals_stream_seconds=1.5)
    _governed(http, "sse")
    frames: dict[str, str] = {}
    opened = threading.Barrier(3, timeout=5)

    def listen(headers: dict[str, str]) -> None:
        url = f"{server.url}/api/v1/approvals/stream"
        with httpx.Client(timeout=10) as client, client.stream("GET", url, headers=headers) as r:
            assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
            opened.wait()
            frames[headers["X-Agent-Id"]] = r.read().decode()

    mine = threading.Thread(target=listen, args=(ME,))
    other = threading.Thread(target=listen, args=({"X-Agent-Id": "host:cli"},))
    mine.start()
    other.start()
    opened.wait()
    pending = http.post(
        "/api/v1/memories", json={"title": "t", "content": "c", "namespace": "sse"}, headers=ME
    )
    assert pending.status_code == 202
    pid = pending.json()["pending_id"]
    decided = http.post(
        f"/api/v1/approvals/{pid}", json={"decision": "deny", "remember": "forever"}, headers=ME
    )
    assert decided.status_code == 200
    assert decided.json() == {"rejected": True, "id": pid, "decided_by": "ai:streamer", "remember": "forever"}
    mine.join(10)
    other.join(10)
    mine_text = frames["ai:streamer"]
    assert mine_text.startswith("event: approval_requested\ndata: ")
    assert f'"pending_id": "{pid}"' in mine_text and "event: approval_decided" in mine_text
    assert frames["host:cli"] == ""  # a host:* subscriber sees nothing


def test_decide_rejects_a_bad_body(make_server) -> None:  # type: ignore[no-untyped-def]
    _, http = make_server()
    r = http.post("/api/v1/approvals/abc", json={"decision": "maybe"}, headers=ME)
    assert r.status_code == 400 and r.json()["error"].startswith("invalid body: ")
    r = http.post("/api/v1/approvals/abc", json={"decision": "approve"}, headers=ME)
    assert r.status_code == 403 and r.json() == {"error": "approve rejected: pending action not found: abc"}
