"""The local servers under attack: kill -9 mid-write, tenant fan-out under a low ``ulimit -n``,
webhook SSRF (at subscribe and at send time), and malformed bodies that must never get a 5xx."""

from __future__ import annotations

import importlib
import os
import resource
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from agent_memory_sdk._specs import spec_path
from ai_memory.testing import _webhooks
from ai_memory.testing._config import ServerConfig as AiConfig
from ai_memory.testing._server import LocalServer as AiServer
from memories_sh.testing import ServerConfig as MemConfig
from memories_sh.testing import run_server
from memories_sh.testing._runner import free_port

from .fault_server import FaultServer

# the server subprocess imports the very code this test process imports
SERVER_PATH = os.pathsep.join(
    str(Path(importlib.import_module(name).__file__ or "").resolve().parents[1])
    for name in ("memories_sh", "_memories_sh_api")
)
KEY = "mem_" + "ef" * 32
SDK = "/api/sdk/v1"
AUTH = {"Authorization": f"Bearer {KEY}"}
RESULTS = {"cases": 0, "5xx": 0, "lost": 0}


def serve_memories(db: Path, nofile: int | None = None) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()

    def limit() -> None:
        if nofile is not None:
            resource.setrlimit(
                resource.RLIMIT_NOFILE, (nofile, resource.getrlimit(resource.RLIMIT_NOFILE)[1])
            )

    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "memories_sh.testing",
            "serve",
            "--port",
            str(port),
            "--key",
            KEY,
            "--db",
            str(db),
            "--rate-limit",
            "0",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        env={**os.environ, "PYTHONPATH": SERVER_PATH},
        preexec_fn=limit,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 20
    while True:
        try:
            httpx.get(url + "/", timeout=1)
            return proc, url
        except httpx.TransportError:
            assert proc.poll() is None and time.monotonic() < deadline, "server did not start"
            time.sleep(0.1)


def add(http: httpx.Client, content: str, tenant: str | None) -> httpx.Response:
    body: dict[str, Any] = {"content": content}
    if tenant:
        body["scope"] = {"tenantId": tenant}
    return http.post(f"{SDK}/memories/add", json=body, headers=AUTH)


def stored(http: httpx.Client, tenant: str | None, query: str) -> set[str]:
    body: dict[str, Any] = {"query": query, "limit": 50}
    if tenant:
        body["scope"] = {"tenantId": tenant}
    r = http.post(f"{SDK}/memories/search", json=body, headers=AUTH)
    assert r.status_code == 200, r.text
    return {m["content"] for m in r.json()["data"]["memories"]}


def test_memories_sh_keeps_every_acknowledged_write_across_kill_9(tmp_path: Path) -> None:
    proc, url = serve_memories(tmp_path / "db")
    acked: list[tuple[str | None, str]] = []
    stop = threading.Event()

    def writer() -> None:
        with httpx.Client(base_url=url, timeout=5) as http:
            for i in range(10_000):
                if stop.is_set():
                    return
                tenant = None if i % 2 else f"tenant-{i % 6}"
                content = f"durable{i % 6}x{i}"
                try:
                    r = add(http, content, tenant)
                except httpx.TransportError:
                    return
                if r.status_code == 201 or r.status_code == 200:
                    acked.append((tenant, content))

    thread = threading.Thread(target=writer)
    thread.start()
    while len(acked) < 60:
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)  # mid-write: the writer has requests in flight
    proc.wait()
    stop.set()
    thread.join()
    proc, url = serve_memories(tmp_path / "db")
    try:
        with httpx.Client(base_url=url, timeout=10) as http:
            lost = []
            for tenant, content in acked:
                RESULTS["cases"] += 1
                if content not in stored(http, tenant, content):
                    lost.append((tenant, content))
            RESULTS["lost"] += len(lost)
            assert lost == [], f"{len(lost)} of {len(acked)} acknowledged writes lost"
            assert any(t for t, _ in acked) and any(t is None for t, _ in acked)
    finally:
        proc.kill()
        proc.wait()


def test_memories_sh_tenant_fan_out_under_a_low_descriptor_limit(tmp_path: Path) -> None:
    proc, url = serve_memories(tmp_path / "db", nofile=128)
    try:
        with httpx.Client(base_url=url, timeout=10) as http:
            statuses = [
                add(http, f"fan{i}", f"fan-{i}").status_code for i in range(64)
            ]  # ~3 fds each: 192 > 128
            RESULTS["cases"] += len(statuses)
            assert [s for s in statuses if s >= 300] == []
            assert add(http, "workspace write after the fan-out", None).status_code < 300
            assert "fan0" in stored(http, "fan-0", "fan0")  # an early tenant's file reopens
    finally:
        proc.kill()
        proc.wait()


BYPASSES = [
    "https://user@127.0.0.1:{port}/",
    "https://user:pw@127.0.0.1:{port}/",
    "https://127.1:{port}/",
    "https://2130706433:{port}/",
    "https://0x7f000001:{port}/",
    "https://0177.0.0.1:{port}/",
    "https://0:{port}/",
    "https://localhost.:{port}/",
    "https://[::ffff:127.0.0.1]:{port}/",
    "https://[::1]:{port}/",
    "https://169.254.169.254/",
    "https://10.1.2.3/",
]


@pytest.fixture
def daemon() -> Any:
    server = AiServer(AiConfig(webhook_retry_delays=(0.0,)))
    server.start()
    yield server
    server.stop()


def test_ai_memory_ssrf_guard_at_subscribe(daemon: Any) -> None:
    with FaultServer() as receiver, httpx.Client(base_url=daemon.url, timeout=10) as http:
        port = receiver.url.rsplit(":", 1)[1]
        for template in BYPASSES:
            url = template.format(port=port)
            r = http.post("/api/v1/subscriptions", json={"url": url, "secret": "s", "events": "*"})
            RESULTS["cases"] += 1
            assert r.status_code == 400, (url, r.status_code, r.text)


def test_ai_memory_ssrf_guard_at_send_time(daemon: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    answers = {"rebind.test": ["93.184.216.34"]}
    monkeypatch.setattr(_webhooks, "resolve", lambda host, port: answers[host])
    with httpx.Client(base_url=daemon.url, timeout=10) as http:
        r = http.post(
            "/api/v1/subscriptions", json={"url": "https://rebind.test/h", "secret": "s", "events": "*"}
        )
        assert r.status_code < 300, r.text
        answers["rebind.test"] = ["127.0.0.1"]  # DNS rebinding after the subscribe-time check
        r = http.post("/api/v1/memories", json={"title": "t", "content": "c", "tier": "short"})
        assert r.status_code < 300, r.text
    assert daemon.app.dispatcher.wait_idle(10)
    errors = [d["last_error"] for d in daemon.app.store.dead_letters()]
    RESULTS["cases"] += 1
    assert errors and all("loopback" in e for e in errors), errors


def json_operations(package: str, spec_file: str) -> list[tuple[str, str]]:
    spec = yaml.safe_load(spec_path(package, spec_file).read_text())
    found = []
    for path, item in spec["paths"].items():
        for method, op in item.items():
            content = (op.get("requestBody") or {}).get("content") or {} if isinstance(op, dict) else {}
            if any("json" in ctype for ctype in content):
                found.append((method.upper(), path.replace("{", "").replace("}", "")))
    return found


def deep(n: int) -> bytes:
    return b'{"a":' + b"[" * n + b"]" * n + b"}"


MALFORMED = [
    deep(1_000),
    deep(100_000),
    b'{"title": "\\ud800", "content": "\\ud800", "query": "\\udfff", "url": "\\ud800", "id": "\\ud800"}',
    b'{"\\ud800": 1}',
    b'{"title": "a\\u0000b", "content": "\\u0000", "query": "\\u0000"}',
    b'{"title": "\xff\xfe", "content": "\xed\xa0\x80"}',
    b'{"content": "' + b"x" * (3 * 1024 * 1024) + b'"}',
    b'{"title": 1e999, "content": NaN}',
    b'{"title": [], "content": {}, "tier": 7, "limit": "x", "scope": "s", "tags": {"a": 1}}',
    b"[" * 5000,
    b"\x00\x01\x02",
    b"",
]


def sweep(
    base: str,
    operations: list[tuple[str, str]],
    headers: dict[str, str],
    by_design: dict[str, int] | None = None,
) -> list[str]:
    """Every malformed body to every operation; ``by_design``: ``"METHOD /path"`` → the 5xx the
    real server answers there whatever the body (e.g. the daemon's 503 without an LLM)."""
    bad = []
    with httpx.Client(base_url=base, timeout=30) as http:
        for method, path in operations:
            for body in MALFORMED:
                r = http.request(
                    method, path, content=body, headers={**headers, "content-type": "application/json"}
                )
                if r.status_code == 501 and "not implemented by the local" in r.text:
                    break  # a route the local server documents as not served (not a crash)
                RESULTS["cases"] += 1
                if r.status_code >= 500 and (by_design or {}).get(f"{method} {path}") != r.status_code:
                    RESULTS["5xx"] += 1
                    bad.append(f"{method} {path} {body[:40]!r} -> {r.status_code}")
    return bad


def test_ai_memory_malformed_bodies_never_5xx(daemon: Any) -> None:
    operations = json_operations("ai_memory", "ai-memory.openapi.yaml")
    assert len(operations) > 10
    from ai_memory.testing._routes_table import daemon_server_errors

    by_design = daemon_server_errors()
    assert sweep(daemon.url, operations, {"X-Agent-Id": "sweeper"}, by_design) == []


def test_memories_sh_malformed_bodies_never_5xx() -> None:
    operations = [
        (m, p) for m, p in json_operations("memories_sh", "memories-sh.openapi.yaml") if p.startswith(SDK)
    ]
    assert len(operations) > 5
    with run_server(MemConfig(keys=[KEY], rate_limit=None)) as server:
        assert sweep(server.base_url, operations, AUTH) == []
