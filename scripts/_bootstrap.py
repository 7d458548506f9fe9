"""Create ``.venv`` for the scripts, once, and keep it whole.

Two levels, each a superset of the one before:

- ``runtime`` (``scripts/quickstart``): the package with its ``testing`` extra — Python 3.10+.
- ``dev`` (``scripts/test``, ``generate``, CI …): that plus the pinned tools of
  ``requirements-dev.txt`` — Python 3.11+ (openapi-python-client 0.29.1 needs it).

``.venv/.installed`` records the level and a fingerprint of ``pyproject.toml`` and
``requirements-dev.txt``; it is written only after every install step succeeded. A ``.venv``
without it (an install that was interrupted or failed) is removed and built again, with a message.
An upgrade in place first uninstalls, with a message, any other distribution in ``.venv`` that
provides this checkout's packages (the project's earlier name, ``agent-memory-sdk``, for one).
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import os
import re
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
PYTHON = VENV / "bin" / "python"
STAMP = VENV / ".installed"

LEVELS = ("runtime", "dev")
MIN_PYTHON = {"runtime": (3, 10), "dev": (3, 11)}
WHY = {
    "runtime": "the package's minimum",
    "dev": "for the pinned dev tools: openapi-python-client 0.29.1 requires it",
}


def _fingerprint() -> str:
    digest = hashlib.sha256()
    for name in ("pyproject.toml", "requirements-dev.txt"):
        digest.update((ROOT / name).read_bytes())
    return digest.hexdigest()


def _installed() -> dict[str, str]:
    """What the stamp records; {} when there is none (never installed, or interrupted)."""
    try:
        text = STAMP.read_text()
    except OSError:
        return {}
    try:
        stamp = json.loads(text)
    except ValueError:  # the stamp of earlier versions: the fingerprint of a dev install
        return {"level": "dev", "fingerprint": text.strip()}
    return stamp if isinstance(stamp, dict) else {}


def _venv_python_version() -> tuple[int, ...]:
    """The Python version ``.venv`` was built with (from pyvenv.cfg), or () when unknown."""
    try:
        lines = (VENV / "pyvenv.cfg").read_text().splitlines()
    except OSError:
        return ()
    for line in lines:
        key, _, value = line.partition("=")
        if key.strip() in ("version", "version_info"):
            try:
                return tuple(int(part) for part in value.strip().split(".")[:2])
            except ValueError:
                return ()
    return ()


def _say(message: str) -> None:
    print(f"[setup] {message}", flush=True)


def check_python(level: str, version: tuple[int, ...] = tuple(sys.version_info[:2])) -> str | None:
    """The one-line reason this Python can't serve ``level``, or None when it can."""
    need = MIN_PYTHON[level]
    if version >= need:
        return None
    have = ".".join(map(str, version))
    want = ".".join(map(str, need))
    return (
        f"this needs Python {want} or newer ({WHY[level]}); this is Python {have}: run it with python{want}+"
    )


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _project_name() -> str:
    """The distribution name of ``pyproject.toml``'s ``[project]`` (no tomllib on Python 3.10)."""
    project = (ROOT / "pyproject.toml").read_text().split("\n[project]\n", 1)[-1]
    match = re.search(r'^name\s*=\s*"([^"]+)"', project, re.MULTILINE)
    if match is None:
        raise SystemExit("pyproject.toml: [project] has no name")
    return match.group(1)


def _our_packages() -> set[str]:
    """The import packages of this checkout: the folders of src/ and generated/ with an __init__.py."""
    return {p.parent.name for where in ("src", "generated") for p in ROOT.glob(f"{where}/*/__init__.py")}


def _provides(dist: importlib.metadata.Distribution, packages: set[str]) -> set[str]:
    """Which of ``packages`` ``dist`` installs: its own files, or the folders its .pth files add."""
    found: set[str] = set()
    for file in dist.files or ():
        if len(file.parts) > 1 and file.parts[0] in packages:
            found.add(file.parts[0])
        elif file.suffix == ".pth":  # an editable install puts the checkout's folders on sys.path
            try:
                lines = Path(str(dist.locate_file(file))).read_text().splitlines()
            except (OSError, UnicodeDecodeError):
                continue
            for folder in (Path(line.strip()) for line in lines if line.strip().startswith("/")):
                found |= {name for name in packages if (folder / name / "__init__.py").is_file()}
    return found


def stale_distributions() -> dict[str, set[str]]:
    """Distributions in ``.venv`` other than this project's that provide one of its packages
    (name → those packages): what an in-place upgrade from an earlier name leaves behind."""
    ours, packages = _normalise(_project_name()), _our_packages()
    site = [str(p) for p in sorted(VENV.glob("lib/python*/site-packages"))]
    stale: dict[str, set[str]] = {}
    for dist in importlib.metadata.distributions(path=site):
        name = dist.metadata["Name"] or ""
        if name and _normalise(name) != ours:
            provided = _provides(dist, packages)
            if provided:
                stale[name] = provided
    return stale


def _pip_uninstall(*names: str) -> None:
    command = [str(PYTHON), "-m", "pip", "uninstall", "--disable-pip-version-check", "--yes"]
    subprocess.run([*command, *names], check=True)


def _pip(*args: str) -> None:
    command = [str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "--progress-bar", "off"]
    subprocess.run([*command, *args], check=True)


def ensure_venv(level: str = "dev") -> Path:
    """Return the venv's python, building or completing ``.venv`` up to ``level`` first."""
    if level not in LEVELS:
        raise ValueError(f"unknown level {level!r}")
    problem = check_python(level)
    if problem:
        print(problem, file=sys.stderr)
        raise SystemExit(2)
    stamp = _installed()
    fresh = stamp.get("fingerprint") == _fingerprint()
    if fresh and LEVELS.index(stamp.get("level", "runtime")) >= LEVELS.index(level) and PYTHON.exists():
        return PYTHON
    built_with = _venv_python_version()
    if VENV.exists() and not stamp:
        _say(
            f"{VENV.name}/ is half-built (an earlier install did not finish): removing it and starting again"
        )
        shutil.rmtree(VENV)
    elif VENV.exists() and built_with and check_python(level, built_with):
        old, need = ".".join(map(str, built_with)), ".".join(map(str, MIN_PYTHON[level]))
        _say(f"{VENV.name}/ was built with Python {old}; {level} needs {need}+: rebuilding it")
        shutil.rmtree(VENV)
    if not PYTHON.exists():
        _say(f"creating {VENV.name}/ with {sys.executable} (Python {sys.version.split()[0]})")
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    STAMP.unlink(missing_ok=True)  # from here until the end, an interruption leaves it half-built
    try:
        stale = stale_distributions()
        for name, packages in sorted(stale.items()):
            _say(
                f"uninstalling {name} from {VENV.name}/: it provides {', '.join(sorted(packages))} too "
                f"(an earlier name of {_project_name()}, left by an in-place upgrade)"
            )
        if stale:
            _pip_uninstall(*sorted(stale))
        if level == "dev":
            _say("installing the pinned dev tools (requirements-dev.txt, ~90 packages; a minute or two) …")
            _pip("--quiet", "-r", str(ROOT / "requirements-dev.txt"))
        _say("installing the package with its [testing] extra (httpx, pydantic, starlette, uvicorn) …")
        _pip("-e", f"{ROOT}[testing]")
    except (subprocess.CalledProcessError, KeyboardInterrupt) as exc:
        _say(f"install failed ({exc.__class__.__name__}); the next run rebuilds {VENV.name}/ from scratch")
        raise SystemExit(1) from None
    STAMP.write_text(json.dumps({"level": level, "fingerprint": _fingerprint()}))
    _say(f"{VENV.name}/ is ready ({level})")
    return PYTHON


def reexec_in_venv(level: str = "dev") -> None:
    """Re-run the calling script with the venv's python unless it already is that python."""
    python = ensure_venv(level)
    if Path(sys.prefix).resolve() != VENV.resolve():
        os.execv(str(python), [str(python), *sys.argv])
