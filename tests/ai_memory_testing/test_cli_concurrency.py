"""The ``python -m ai_memory.testing serve`` CLI, and concurrent clients without lost writes."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from server_test_support import agent

SRC = str(Path(__file__).resolve().parents[2] / "src")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_cli_serve(tmp_path: Path) -> None:
    port = _free_port()
    db = tmp_path / "mem.db"
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "ai_memory.testing",
            "serve",
            "--port",
            str(port),
            "--db",
            str(db),
            "--api-key",
            "k",
            "--log-level",
            "warning",
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    try:
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 15
        while True:
            try:
                if httpx.get(f"{url}/api/v1/health", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None and time.monotonic() < deadline, (
                proc.stderr.read() if proc.stderr else ""
            )
            time.sleep(0.05)
        assert httpx.get(f"{url}/api/v1/memories").status_code == 401
        r = httpx.post(
            f"{url}/api/v1/memories",
            json={"title": "t", "content": "c"},
            headers={"X-API-Key": "k", **agent("cli")},
        )
        assert r.status_code == 201
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert db.exists() and db.stat().st_size > 0


def test_concurrent_clients_no_lost_writes(make_server) -> None:
    server, _ = make_server(visibility="open")
    clients, ops = 8, 500

    def worker(n: int) -> int:
        created = 0
        with httpx.Client(base_url=server.url, timeout=30, headers=agent(f"w{n}")) as c:
            last = None
            for i in range(ops):
                kind = i % 5
                if kind in (0, 1):
                    r = c.post(
                        "/api/v1/memories",
                        json={"title": f"w{n}-{i}", "content": f"worker {n} item {i}", "namespace": f"ns{n}"},
                    )
                    assert r.status_code == 201, r.text
                    last = r.json()["id"]
                    created += 1
                elif kind == 2 and last:
                    r = c.put(f"/api/v1/memories/{last}", json={"content": f"updated {n} {i}"})
                    assert r.status_code == 200, r.text
                elif kind == 3:
                    r = c.get(
                        "/api/v1/search", params={"q": f"worker {n}", "namespace": f"ns{n}", "limit": 5}
                    )
                    assert r.status_code == 200, r.text
                else:
                    r = c.post("/api/v1/recall", json={"context": "item", "namespace": f"ns{n}", "limit": 3})
                    assert r.status_code == 200, r.text
        return created

    with ThreadPoolExecutor(clients) as pool:
        created = list(pool.map(worker, range(clients)))
    assert created == [ops * 2 // 5] * clients
    total = server.app.store.q("SELECT COUNT(*) AS n FROM memories")[0]["n"]
    assert total == sum(created)
    with httpx.Client(base_url=server.url) as c:
        for n in range(clients):
            rows = c.get("/api/v1/memories", params={"namespace": f"ns{n}", "limit": 1000}).json()
            assert rows["count"] == ops * 2 // 5
