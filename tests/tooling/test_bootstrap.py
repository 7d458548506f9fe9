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


def _fake_dist(site: Path, name: str, files: list[str]) -> None:
    """A distribution's metadata in ``site`` (what ``pip install`` leaves), its RECORD naming ``files``."""
    info = site / f"{name.replace('-', '_')}-0.1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 0.1.0\n")
    record = [*files, f"{info.name}/METADATA", f"{info.name}/RECORD"]
    (info / "RECORD").write_text("".join(f"{file},,\n" for file in record))


def test_an_upgrade_in_place_uninstalls_the_old_distribution_name(
    fake_venv: list[tuple[str, ...]], monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _bootstrap.ensure_venv("runtime")
    site = _bootstrap.VENV / "lib" / "python3.11" / "site-packages"
    checkout = _bootstrap.ROOT
    # the project's earlier name, installed from this checkout in editable mode (a .pth of its folders)
    _fake_dist(site, "agent-memory-sdk", ["_editable_impl_agent_memory_sdk.pth"])
    (site / "_editable_impl_agent_memory_sdk.pth").write_text(
        f"{checkout / 'src'}\n{checkout / 'generated'}\n"
    )
    _fake_dist(site, "old-memories-client", ["memories_sh/__init__.py"])  # a regular install of a package
    _fake_dist(site, "httpx", ["httpx/__init__.py"])  # unrelated: kept
    _fake_dist(site, "typed-agent-memory", ["_editable_impl_typed_agent_memory.pth"])  # ours: kept
    (site / "_editable_impl_typed_agent_memory.pth").write_text(f"{checkout / 'src'}\n")
    _bootstrap.STAMP.write_text(json.dumps({"level": "runtime", "fingerprint": "of the earlier pyproject"}))
    monkeypatch.setattr(_bootstrap, "_pip_uninstall", lambda *names: fake_venv.append(("uninstall", *names)))
    capsys.readouterr()
    fake_venv.clear()

    _bootstrap.ensure_venv("runtime")

    assert fake_venv[0] == ("uninstall", "agent-memory-sdk", "old-memories-client")
    assert [call[0] for call in fake_venv[1:]] == ["pip"]  # then the package is installed again
    out = capsys.readouterr().out
    assert "uninstalling agent-memory-sdk" in out and "ai_memory" in out and "memories_sh" in out
    assert "uninstalling old-memories-client from .venv/: it provides memories_sh too" in out
    assert "uninstalling httpx" not in out and "uninstalling typed-agent-memory" not in out


def test_nothing_is_uninstalled_without_a_stale_distribution(
    fake_venv: list[tuple[str, ...]], monkeypatch: pytest.MonkeyPatch
) -> None:
    _bootstrap.ensure_venv("runtime")
    _fake_dist(_bootstrap.VENV / "lib" / "python3.11" / "site-packages", "httpx", ["httpx/__init__.py"])
    _bootstrap.STAMP.write_text(json.dumps({"level": "runtime", "fingerprint": "of the earlier pyproject"}))
    monkeypatch.setattr(_bootstrap, "_pip_uninstall", lambda *names: fake_venv.append(("uninstall", *names)))
    fake_venv.clear()
    _bootstrap.ensure_venv("runtime")
    assert [call[0] for call in fake_venv] == ["pip"]
