"""scripts/_bootstrap.py: the Python check, the install levels and the half-built ``.venv``."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
import _bootstrap


def test_check_python_names_the_version_needed() -> None:
    assert _bootstrap.check_python("runtime", (3, 10)) is None
    assert _bootstrap.check_python("dev", (3, 12)) is None
    message = _bootstrap.check_python("dev", (3, 10))
    assert message is not None and "3.11" in message and "3.10" in message and "\n" not in message
    assert "3.10" in (_bootstrap.check_python("runtime", (3, 9)) or "")


@pytest.fixture
def fake_venv(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, ...]]:
    """Point the bootstrap at a temporary .venv whose creation and pip calls are recorded."""
    venv_dir = tmp_path / ".venv"
    monkeypatch.setattr(_bootstrap, "VENV", venv_dir)
    monkeypatch.setattr(_bootstrap, "PYTHON", venv_dir / "bin" / "python")
    monkeypatch.setattr(_bootstrap, "STAMP", venv_dir / ".installed")
    calls: list[tuple[str, ...]] = []

    class Builder:
        def __init__(self, **_: object) -> None:
            pass

        def create(self, path: Path) -> None:
            calls.append(("create",))
            (path / "bin").mkdir(parents=True)
            (path / "bin" / "python").write_text("")
            (path / "pyvenv.cfg").write_text(f"version = {sys.version_info[0]}.{sys.version_info[1]}.0\n")

    monkeypatch.setattr(_bootstrap.venv, "EnvBuilder", Builder)
    monkeypatch.setattr(_bootstrap, "_pip", lambda *args: calls.append(("pip", *args)))
    return calls


def test_levels_install_only_what_they_need(fake_venv: list[tuple[str, ...]]) -> None:
    _bootstrap.ensure_venv("runtime")
    assert [c[0] for c in fake_venv] == ["create", "pip"]
    assert not any("requirements-dev.txt" in " ".join(c) for c in fake_venv)
    assert json.loads(_bootstrap.STAMP.read_text())["level"] == "runtime"
    fake_venv.clear()
    _bootstrap.ensure_venv("dev")  # adds the dev tools to the same venv
    assert fake_venv[0][0] == "pip" and any("requirements-dev.txt" in " ".join(c) for c in fake_venv)
    fake_venv.clear()
    _bootstrap.ensure_venv("runtime")  # dev covers runtime: nothing to do
    assert fake_venv == []


def test_a_half_built_venv_is_rebuilt(
    fake_venv: list[tuple[str, ...]], capsys: pytest.CaptureFixture[str]
) -> None:
    (_bootstrap.VENV / "bin").mkdir(parents=True)
    (_bootstrap.VENV / "leftover").write_text("from an interrupted install")
    _bootstrap.ensure_venv("runtime")
    assert "half-built" in capsys.readouterr().out
    assert not (_bootstrap.VENV / "leftover").exists() and fake_venv[0] == ("create",)


def test_a_failed_install_leaves_no_stamp(
    fake_venv: list[tuple[str, ...]], monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess

    def fail(*args: str) -> None:
        raise subprocess.CalledProcessError(1, "pip")

    monkeypatch.setattr(_bootstrap, "_pip", fail)
    with pytest.raises(SystemExit):
        _bootstrap.ensure_venv("runtime")
    assert not _bootstrap.STAMP.exists()
