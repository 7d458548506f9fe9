"""The pytest fixtures, the context manager and ``python -m memories_sh.testing serve``."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from memories_sh.testing import ServerConfig, local_memories_server
from memories_sh.testing.__main__ import build_parser, server_config

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


def test_plugin_server_has_no_rate_limit_unless_asked(memories_server: str, memories_api_key: str) -> None:
    """More calls than any of the service's three limits allows (runtime 120, management 60,
    strict 5 a minute), all answered: the fixture's server limits nothing."""
    headers = {"Authorization": f"Bearer {memories_api_key}"}
    overrides = memories_server + SDK + "/management/tenant-overrides"
    with httpx.Client(headers=headers) as http:
        writes = [http.post(overrides, json={"tenantId": f"t{i}"}).status_code for i in range(8)]
        reads = [http.get(overrides).status_code for _ in range(65)]
        runtime = [http.post(memories_server + SDK + "/memories/list", json={}) for _ in range(125)]
    assert set(writes) == {200} and set(reads) == {200}
    assert {r.status_code for r in runtime} == {200}


@pytest.fixture
def closed_after_the_test() -> Iterator[list[Any]]:
    """Set up before the client fixtures, so torn down after them: checks they were closed."""
    clients: list[Any] = []
    yield clients
    assert clients and all(client.is_closed for client in clients)


def test_async_client_fixture_is_closed_at_teardown(
    closed_after_the_test: list[Any], async_memories_client: Any
) -> None:
    assert not async_memories_client.is_closed
    closed_after_the_test.append(async_memories_client)


def test_serve_help_names_every_rate_limit_and_the_flags_set_them(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        build_parser().parse_args(["serve", "--help"])
    help_text = " ".join(capsys.readouterr().out.split())
    defaults = ServerConfig()
    for flag, value in (
        ("--rate-limit", defaults.rate_limit),
        ("--management-rate-limit", defaults.management_rate_limit),
        ("--management-strict-rate-limit", defaults.management_strict_rate_limit),
    ):
        assert flag in help_text and f"default {value}, as the service; 0 disables" in help_text
    config = server_config(build_parser().parse_args(["serve"]))
    assert (config.rate_limit, config.management_rate_limit, config.management_strict_rate_limit) == (
        defaults.rate_limit,
        defaults.management_rate_limit,
        defaults.management_strict_rate_limit,
    )
    args = [
        "serve",
        "--rate-limit",
        "0",
        "--management-rate-limit",
        "7",
        "--management-strict-rate-limit",
        "0",
    ]
    config = server_config(build_parser().parse_args(args))
    assert (config.rate_limit, config.management_rate_limit, config.management_strict_rate_limit) == (
        None,
        7,
        None,
    )


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
            "--management-strict-rate-limit",
            "1",
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
        overrides = f"http://127.0.0.1:{port}{SDK}/management/tenant-overrides"
        writes = [
            httpx.post(overrides, json={"tenantId": f"t{i}"}, headers={"Authorization": f"Bearer {key}"})
            for i in range(2)
        ]
        assert [w.status_code for w in writes] == [200, 429]  # --management-strict-rate-limit 1
    finally:
        proc.terminate()
        proc.wait(timeout=10)
