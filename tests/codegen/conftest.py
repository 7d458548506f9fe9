"""Generate the fixture spec once per session into a temporary folder and import it."""

from __future__ import annotations

import importlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURE_SPEC = Path(__file__).parent / "fixtures" / "mini.openapi.yaml"
PACKAGE = "_mini_api"


def generate_into(spec: Path, package: str, parent: Path) -> Path:
    """Run scripts/generate for one spec; return the generated package folder."""
    out = parent / package
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate"), str(spec), package, str(out)],
        check=True,
        capture_output=True,
        text=True,
    )
    return out


@pytest.fixture(scope="session")
def mini_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The fixture spec generated with our templates."""
    return generate_into(FIXTURE_SPEC, PACKAGE, tmp_path_factory.mktemp("gen"))


@pytest.fixture(scope="session")
def mini(mini_dir: Path) -> Iterator[ModuleType]:
    """The generated fixture package, importable for the session."""
    sys.path.insert(0, str(mini_dir.parent))
    try:
        package = importlib.import_module(PACKAGE)
        importlib.import_module(f"{PACKAGE}.models")
        importlib.import_module(f"{PACKAGE}.client")
        yield package
    finally:
        sys.path.remove(str(mini_dir.parent))
