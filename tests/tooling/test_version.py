"""The name and version the SDK reports (User-Agent, ``__version__``) are the distribution's."""

from __future__ import annotations

from pathlib import Path

import installed
import tomllib

from agent_memory_sdk._constants import DISTRIBUTION, __version__, user_agent

PROJECT = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text())["project"]


def test_the_engine_reports_the_version_in_pyproject() -> None:
    assert __version__ == PROJECT["version"]
    assert f"/{PROJECT['version']} " in user_agent()


def test_the_engine_reports_the_distribution_name_users_install() -> None:
    dist = installed.distribution()
    assert DISTRIBUTION == PROJECT["name"] == dist.metadata["Name"]
    assert user_agent().startswith(f"{dist.metadata['Name']}/{dist.version} python/")
