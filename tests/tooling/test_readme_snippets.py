"""The README's Python runs as written, twice in a row, against the local servers.

Each ``## `` section's blocks run in order in one namespace (as a reader would paste them), with
the daemon URL they name pointed at a local ai-memory server and ``MEMORIES_*`` at a local
memories.sh server. The second run proves a reader can run them again (no 409 on the same title).
A block preceded by ``<!-- snippet: not-run -->`` (it needs files or hosts of the reader's own) is
only type-checked, by ``scripts/check-snippets``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from ai_memory.testing import LocalServer, ServerConfig
from memories_sh.testing import ServerConfig as MemoriesConfig
from memories_sh.testing import run_server

README = Path(__file__).resolve().parents[2] / "README.md"
BLOCK = re.compile(r"(<!-- snippet: not-run -->\s*)?^```python\n(.*?)^```", re.S | re.M)
DAEMON_URL = "http://localhost:9077"


def sections() -> dict[str, list[str]]:
    """``{section title: [runnable blocks]}`` for the sections that have Python blocks."""
    found: dict[str, list[str]] = {}
    for section in re.split(r"^## ", README.read_text(), flags=re.M)[1:]:
        blocks = [code for skip, code in BLOCK.findall(section) if not skip]
        if blocks:
            found[section.splitlines()[0].strip()] = blocks
    return found


@pytest.fixture(scope="module")
def servers() -> Iterator[tuple[str, Any]]:
    daemon_server = LocalServer(ServerConfig(allow_loopback_webhooks=True))
    with daemon_server as daemon, run_server(MemoriesConfig(rate_limit=None)) as memories:
        yield str(daemon), memories


@pytest.mark.parametrize("title", sorted(sections()))
def test_section_runs_twice(title: str, servers: tuple[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    daemon_url, memories = servers
    monkeypatch.setenv("MEMORIES_API_KEY", memories.api_key)
    monkeypatch.setenv("MEMORIES_BASE_URL", memories.base_url)
    for env in ("MEMORIES_TENANT_ID", "MEMORIES_USER_ID", "MEMORIES_PROJECT_ID", "AI_MEMORY_API_KEY"):
        monkeypatch.delenv(env, raising=False)
    source = "\n".join(sections()[title]).replace(DAEMON_URL, daemon_url)
    code = compile(source, f"README.md ## {title}", "exec")
    for _ in range(2):
        exec(code, {"__name__": "readme_snippet"})
