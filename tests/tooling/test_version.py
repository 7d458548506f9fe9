"""The version the SDK reports (User-Agent, ``__version__``) is the distribution's version."""

from __future__ import annotations

from pathlib import Path

import tomllib

from agent_memory_sdk._constants import __version__, user_agent


def test_the_engine_reports_the_version_in_pyproject() -> None:
    project = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text())["project"]
    assert __version__ == project["version"]
    assert f"/{project['version']} " in user_agent()
