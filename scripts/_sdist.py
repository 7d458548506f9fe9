"""What the sdist must hold: every file git tracks, except the few listed here with the reason.

An unpacked sdist must work like a checkout (its scripts, tests, docs and README links), so the
sdist's file list is compared with ``git ls-files``; a tracked file the sdist lacks (one forgotten
in ``[tool.hatch.build.targets.sdist] include``) fails ``scripts/check-dist`` and the test.
"""

from __future__ import annotations

import subprocess
import tarfile
from pathlib import Path

EXCLUDED = {
    ".gitignore": "git's own configuration: an unpacked sdist is not a git checkout",
}
"""Tracked files deliberately left out of the sdist, with the reason."""


def tracked_files(root: Path) -> set[str] | None:
    """The files git tracks under ``root`` (POSIX paths), or None when ``root`` is not the top of a
    git checkout (an unpacked sdist, even one inside some other repository)."""
    try:
        top = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--show-toplevel"],
            capture_output=True,
            check=True,
            text=True,
        ).stdout.strip()
        if Path(top).resolve() != root.resolve():
            return None
        listed = subprocess.run(
            ["git", "-C", str(root), "ls-files", "-z"], capture_output=True, check=True
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    return {name for name in listed.decode().split("\0") if name}


def sdist_files(sdist: Path) -> set[str]:
    """The files of an sdist (``.tar.gz``), without its top-level ``name-version/`` folder."""
    with tarfile.open(sdist) as archive:
        return {m.name.partition("/")[2] for m in archive.getmembers() if m.isfile()}


def missing_from_sdist(tracked: set[str], shipped: set[str]) -> list[str]:
    """Tracked files the sdist lacks and that are not deliberately excluded, sorted."""
    return sorted(tracked - shipped - set(EXCLUDED))


def report(tracked: set[str], sdist: Path) -> str | None:
    """What is wrong with ``sdist`` as a copy of the ``tracked`` files, or None when it is whole."""
    missing = missing_from_sdist(tracked, sdist_files(sdist))
    stale = sorted(set(EXCLUDED) - tracked)
    problems = []
    if missing:
        shown = ", ".join(missing[:20]) + (" …" if len(missing) > 20 else "")
        problems.append(
            f"{sdist.name} lacks {len(missing)} tracked file(s): {shown}\n"
            "  add them to [tool.hatch.build.targets.sdist] include in pyproject.toml, or to EXCLUDED"
            " in scripts/_sdist.py with the reason"
        )
    if stale:
        problems.append(f"scripts/_sdist.py EXCLUDED names files git does not track: {', '.join(stale)}")
    return "\n".join(problems) or None
