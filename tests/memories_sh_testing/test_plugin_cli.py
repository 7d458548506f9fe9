"""The pytest fixtures, the context manager and ``python -m memories_sh.testing serve``."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import httpx

from memories_sh.testing import ServerConfig, local_memories_server

from .conftest import SDK


def test_plugin_fixtures(memories_server: str, memories_api_key: str) -> None:
    r = httpx.post(
        memories_server + SDK + "/memories/list",
        json={},
        headers={"Authorization": f"Bearer {memories_api_key}"},
    )
    assert r.status_code == 200 and r.json()["data"] == {"memories": [], "count": 0}
    assert memories_server.startswith("http://127.0.0.1:")


def test_client_fixture_talks_to_the_local_server(memories_client: Any, memories_server: str) -> None:
    import memories_sh

    assert isinstance(memories_client, memories_sh.MemoriesClient)
    assert memories_client.base_url == memories_server
    added = memories_client.memories.add(content="from the fixture client")
    assert [m.content for m in memories_client.memories.list().memories] == ["from the fixture client"]
    assert added.memory.id == added.id


def test_context_manager_persists_to_directory(tmp_path: Path) -> None:
    config = ServerConfig(db=str(tmp_path / "data"))
    with local_memories_server(config) as base_url:
        h = {"Authorization": f"Bearer {config.api_key}"}
        httpx.post(base_url + SDK + "/memories/add", json={"content": "kept"}, headers=h)
    with local_memories_server(ServerConfig(db=str(tmp_path / "data"), keys=[config.api_key])) as base_url:
        r = httpx.post(base_url + SDK + "/memories/list", json={}, headers=h)
        assert [m["content"] for m in r.json()["data"]["memories"]] == ["kept"]
    assert (tmp_path / "data" / "workspace.db").exists()


def test_cli_serve(tmp_path: Path) -> None:
    key = "mem_" + "ab" * 32
    from memories_sh.testing._runner import free_port

    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src")}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "memories_sh.testing",
            "serve",
            "--port",
            str(port),
            "--key",
            key,
            "--db",
            str(tmp_path / "cli"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    try:
        assert proc.stdout is not None
        first = proc.stdout.readline()
        assert f"127.0.0.1:{port}" in first
        assert proc.stdout.readline().strip() == f"MEMORIES_BASE_URL=http://127.0.0.1:{port}"
        assert proc.stdout.readline().strip() == f"MEMORIES_API_KEY={key}"
        deadline = time.monotonic() + 15
        while True:
            try:
                r = httpx.post(
                    f"http://127.0.0.1:{port}{SDK}/memories/list",
                    json={},
                    headers={"Authorization": f"Bearer {key}"},
                )
                break
            except httpx.ConnectError:
                assert time.monotonic() < deadline
                time.sleep(0.1)
        assert r.status_code == 200
    finally:
        proc.terminate()
        proc.wait(timeout=10)
