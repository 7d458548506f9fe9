"""The sdist is a whole copy of the checkout: every file git tracks, but those ``_sdist.EXCLUDED``
leaves out with the reason (scripts/check-dist runs the same check in CI)."""

from __future__ import annotations

import io
import subprocess
import sys
import tarfile
from pathlib import Path

import _sdist
import pytest

ROOT = Path(__file__).resolve().parents[2]


def _tarball(path: Path, names: list[str]) -> Path:
    with tarfile.open(path, "w:gz") as archive:
        for name in names:
            info = tarfile.TarInfo(f"typed_agent_memory-0.2.0/{name}")
            info.size = 1
            archive.addfile(info, io.BytesIO(b"x"))
    return path


def test_a_forgotten_file_is_named_and_the_exclusions_are_not(tmp_path: Path) -> None:
    tracked = {"README.md", "api.md", "src/pkg/__init__.py", *_sdist.EXCLUDED}
    sdist = _tarball(tmp_path / "s.tar.gz", ["PKG-INFO", "README.md", "src/pkg/__init__.py"])
    problem = _sdist.report(tracked, sdist)
    assert problem is not None and "lacks 1 tracked file(s): api.md" in problem
    assert "include" in problem  # says where to add it
    whole = _tarball(tmp_path / "w.tar.gz", ["PKG-INFO", "README.md", "api.md", "src/pkg/__init__.py"])
    assert _sdist.report(tracked, whole) is None
    assert "EXCLUDED" in (_sdist.report(tracked - set(_sdist.EXCLUDED), whole) or "")  # a stale exclusion


def test_every_exclusion_has_a_reason() -> None:
    assert all(reason.strip() for reason in _sdist.EXCLUDED.values())


def test_the_sdist_holds_every_tracked_file(tmp_path: Path) -> None:
    tracked = _sdist.tracked_files(ROOT)
    if tracked is None:
        pytest.skip("not a git checkout (an unpacked sdist): nothing to compare the sdist with")
    build = [sys.executable, "-m", "build", "--sdist", "--outdir", str(tmp_path), str(ROOT)]
    subprocess.run(build, check=True, stdout=subprocess.DEVNULL)
    (sdist,) = tmp_path.glob("*.tar.gz")
    assert _sdist.report(tracked, sdist) is None


def test_only_the_top_of_a_git_checkout_counts_as_one(tmp_path: Path) -> None:
    """An unpacked sdist (no repository, or inside another one) has nothing to compare with."""
    assert _sdist.tracked_files(tmp_path) is None
    assert _sdist.tracked_files(ROOT / "src") is None
