"""A user's project: only the built wheel installed, no plugin configuration, our fixtures used.

The project has no ``conftest.py`` and no pytest settings: pytest-asyncio runs in its default
strict mode and anyio's plugin is there because httpx depends on anyio. Sync tests, an
``@pytest.mark.asyncio`` test and an ``@pytest.mark.anyio`` test use the fixtures of both APIs.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

USER_TESTS = {
    "test_sync.py": """
        from ai_memory import AiMemoryClient
        from memories_sh import MemoriesClient


        def test_ai_memory(ai_memory_client: AiMemoryClient) -> None:
            created = ai_memory_client.store(title="user project", content="from a wheel")
            assert ai_memory_client.get(created["id"]).title == "user project"


        def test_memories(memories_client: MemoriesClient) -> None:
            added = memories_client.memories.add(content="from a wheel")
            assert added.id
            for _ in range(130):  # more than the service's 120 a minute: the fixture has no limit
                memories_client.health()
        """,
    "test_async_asyncio.py": """
        import pytest
        from ai_memory import AsyncAiMemoryClient
        from memories_sh import AsyncMemoriesClient


        @pytest.mark.asyncio
        async def test_both(
            async_ai_memory_client: AsyncAiMemoryClient, async_memories_client: AsyncMemoriesClient
        ) -> None:
            created = await async_ai_memory_client.store(title="async user", content="strict mode")
            assert (await async_ai_memory_client.get(created["id"])).content == "strict mode"
            assert (await async_memories_client.memories.add(content="strict mode")).id
        """,
    "test_async_anyio.py": """
        import pytest
        from ai_memory import AsyncAiMemoryClient


        @pytest.mark.anyio
        async def test_anyio(async_ai_memory_client: AsyncAiMemoryClient) -> None:
            created = await async_ai_memory_client.store(title="anyio user", content="anyio")
            assert created["id"]
        """,
}


def _pins(*names: str) -> list[str]:
    lines = (ROOT / "requirements-dev.txt").read_text().splitlines()
    return [line.strip() for line in lines if line.split("==")[0].strip() in names]


@pytest.fixture(scope="module")
def user_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new venv holding the wheel built from this checkout, pytest and pytest-asyncio."""
    base = tmp_path_factory.mktemp("user-project")
    wheels = base / "wheels"
    pip = ["-m", "pip", "--disable-pip-version-check", "-q"]
    subprocess.run([sys.executable, *pip, "wheel", "--no-deps", "-w", str(wheels), str(ROOT)], check=True)
    (wheel,) = wheels.glob("*.whl")
    venv.EnvBuilder(with_pip=True).create(base / "venv")
    python = base / "venv" / "bin" / "python"
    pins = _pins("pytest", "pytest-asyncio")
    subprocess.run([str(python), *pip, "install", f"{wheel}[testing]", *pins], check=True)
    return python


def test_fixtures_work_in_a_plain_user_project(user_python: Path, tmp_path: Path) -> None:
    for name, source in USER_TESTS.items():
        (tmp_path / name).write_text(textwrap.dedent(source))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "PYTHON"))}
    result = subprocess.run(
        [str(user_python), "-m", "pytest", "-q", "-p", "no:cacheprovider", str(tmp_path)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert re.search(r"\b4 passed\b", output), output
    assert "PytestUnhandledCoroutineWarning" not in output and "async fixture" not in output, output
