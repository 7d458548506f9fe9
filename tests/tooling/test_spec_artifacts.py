"""The specs as artifacts: scripts/bundle-specs and agent_memory_sdk._specs.spec_path."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from agent_memory_sdk._specs import spec_path

ROOT = Path(__file__).resolve().parents[2]
SPECS = ("ai-memory.openapi", "memories-sh.openapi")


def test_bundles_are_single_file_json_and_yaml_of_each_spec(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "bundle-specs"), str(tmp_path)],
        check=True,
        capture_output=True,
        text=True,
    )
    index = json.loads((tmp_path / "index.json").read_text(encoding="utf-8"))
    assert sorted(entry["file"] for entry in index) == sorted(
        f"{s}.{ext}" for s in SPECS for ext in ("json", "yaml")
    )
    for stem in SPECS:
        source = ROOT / "specs" / f"{stem}.yaml"
        assert (tmp_path / f"{stem}.yaml").read_bytes() == source.read_bytes()
        as_json = json.loads((tmp_path / f"{stem}.json").read_text(encoding="utf-8"))
        assert as_json == yaml.safe_load(source.read_text(encoding="utf-8"))
        refs = [line for line in (tmp_path / f"{stem}.json").read_text().splitlines() if '"$ref"' in line]
        assert refs and all('"#/' in line for line in refs)
    for entry in index:
        assert entry["sha256"] == hashlib.sha256((tmp_path / entry["file"]).read_bytes()).hexdigest()


def test_a_checkout_finds_the_specs_in_the_repository() -> None:
    assert spec_path("ai_memory", "ai-memory.openapi.yaml") == ROOT / "specs" / "ai-memory.openapi.yaml"
    assert spec_path("memories_sh", "memories-sh.openapi.yaml") == ROOT / "specs" / "memories-sh.openapi.yaml"


@pytest.fixture
def installed(tmp_path: Path) -> Iterator[Path]:
    """A package laid out as a wheel installs it: the spec beside its __init__.py."""
    package = tmp_path / "site-packages" / "_fake_api_pkg"
    package.mkdir(parents=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "fake.openapi.yaml").write_text("openapi: 3.1.0\n", encoding="utf-8")
    sys.path.insert(0, str(package.parent))
    try:
        yield package
    finally:
        sys.path.remove(str(package.parent))
        sys.modules.pop("_fake_api_pkg", None)


def test_an_installed_package_finds_the_spec_it_ships(installed: Path) -> None:
    assert spec_path("_fake_api_pkg", "fake.openapi.yaml") == installed / "fake.openapi.yaml"
    with pytest.raises(FileNotFoundError):
        spec_path("_fake_api_pkg", "other.openapi.yaml")
    with pytest.raises(ModuleNotFoundError):
        spec_path("_no_such_package_here", "fake.openapi.yaml")


def test_the_wheel_ships_both_specs_inside_their_packages() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert '"specs/ai-memory.openapi.yaml" = "ai_memory/ai-memory.openapi.yaml"' in pyproject
    assert '"specs/memories-sh.openapi.yaml" = "memories_sh/memories-sh.openapi.yaml"' in pyproject
