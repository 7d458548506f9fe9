"""The upgrade workflow, once: a spec gains a route and loses a response field; the report says so
and the regenerated package has the new method with no hand edits."""

from __future__ import annotations

import copy
import importlib
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import _spec_report
import pytest
import yaml

from agent_memory_sdk._runtime import Operation

ROOT = Path(__file__).resolve().parents[2]
MINI = ROOT / "tests" / "codegen" / "fixtures" / "mini.openapi.yaml"
PACKAGE = "_mini_api"


def upgraded(spec: dict[str, Any]) -> dict[str, Any]:
    """The demonstration change: one route added, one response field removed."""
    spec = copy.deepcopy(spec)
    spec["paths"]["/things/{id}/archive"] = {
        "post": {
            "operationId": "archive",
            "summary": "Archive a thing.",
            "description": "Moves a thing to the archive.",
            "x-sdk": {"positional": ["id"]},
            "parameters": [
                {
                    "name": "id",
                    "in": "path",
                    "required": True,
                    "description": "The id.",
                    "schema": {"type": "string"},
                }
            ],
            "responses": {
                "200": {
                    "description": "Archived.",
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                }
            },
        }
    }
    del spec["components"]["schemas"]["Thing"]["properties"]["note"]
    return spec


def generate(spec: Path, out: Path) -> Path:
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "generate"), str(spec), PACKAGE, str(out / PACKAGE)],
        check=True,
        capture_output=True,
        text=True,
    )
    return out


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    tmp = tmp_path_factory.mktemp("upgrade")
    base = yaml.safe_load(MINI.read_text(encoding="utf-8"))
    head = upgraded(base)
    head_spec = tmp / "mini-v2.openapi.yaml"
    head_spec.write_text(yaml.safe_dump(head, sort_keys=False), encoding="utf-8")
    old_tree = generate(MINI, tmp / "old")
    new_tree = generate(head_spec, tmp / "new")
    wire = _spec_report.wire_section("mini", "mini.openapi.yaml", base, head)
    api = _spec_report.python_api_changes(
        [old_tree], [new_tree], roots=(f"{PACKAGE}.client", f"{PACKAGE}.models"), own=frozenset({PACKAGE})
    )
    result = _spec_report.verdict(
        len(wire.breaking) + len(api.breaking),
        '[project]\nversion = "0.1.0"\n',
        '[project]\nversion = "0.1.0"\n',
        "# Changelog\n",
        "# Changelog\n",
    )
    report = _spec_report.render("Spec report: mini → mini-v2", [wire], api, result)
    print(report)
    return {"wire": wire, "api": api, "result": result, "report": report, "new_tree": new_tree}


@pytest.fixture(scope="module")
def new_package(demo: dict[str, Any]) -> Iterator[ModuleType]:
    parent = str(demo["new_tree"])
    for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
        del sys.modules[name]  # the codegen tests may have imported the unchanged fixture package
    sys.path.insert(0, parent)
    try:
        yield importlib.import_module(f"{PACKAGE}.client")
    finally:
        sys.path.remove(parent)
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[name]


def test_the_report_names_the_new_route_and_the_removed_field(demo: dict[str, Any]) -> None:
    assert demo["wire"].markdown() == [
        "### mini (`mini.openapi.yaml`, version 1.0.0)",
        "",
        "**Breaking** (1)",
        "",
        "- schema `Thing`: response field `note` removed"
        " — used by `GET /things`, `GET /things/{id}`, `POST /things` and 1 more",
        "",
        "**Non-breaking** (1)",
        "",
        "- `POST /things/{id}/archive`: operation added (`archive`)",
        "",
    ]
    assert demo["api"].breaking == [
        "- `_mini_api.models.thing.Thing.note`: removed",
        "- `_mini_api.models.thing_with_links.ThingWithLinks.note`: removed",
    ]
    assert demo["api"].added == [
        "- `_mini_api.client.AsyncMethods.archive`",
        "- `_mini_api.client.AsyncMethodsWithRawResponse.archive`",
        "- `_mini_api.client.Methods.archive`",
        "- `_mini_api.client.MethodsWithRawResponse.archive`",
    ]


def test_a_breaking_change_without_a_version_bump_fails(demo: dict[str, Any]) -> None:
    assert demo["result"].ok is False
    assert "needs a breaking bump" in demo["report"]


def test_the_generated_method_appears_with_no_hand_edits(new_package: ModuleType) -> None:
    calls: list[tuple[Operation, dict[str, object]]] = []

    class Recorder:
        def request(self, operation: Operation, **kwargs: object) -> str:
            calls.append((operation, kwargs))
            return "archived"

    methods = new_package.Methods(Recorder())
    assert methods.archive("t1") == "archived"
    operation, kwargs = calls[-1]
    assert (operation.name, operation.method, operation.path) == ("archive", "POST", "/things/{id}/archive")
    assert kwargs["path"] == {"id": "t1"}
    thing = importlib.import_module(f"{PACKAGE}.models").Thing
    assert "note" not in thing.model_fields


def test_a_change_to_the_real_ai_memory_spec_is_classified() -> None:
    spec_file = ROOT / "specs" / "ai-memory.openapi.yaml"
    base = yaml.load(spec_file.read_text(encoding="utf-8"), Loader=_spec_report._Loader)
    head = copy.deepcopy(base)
    del head["paths"]["/api/v1/health"]
    head["components"]["schemas"]["CreateMemory"]["required"].append("namespace")
    lines = [c.line() for c in _spec_report.wire_section("ai-memory", "x", base, head).breaking]
    assert "- `GET /api/v1/health`: operation removed (`health`)" in lines
    assert any(
        line.startswith("- schema `CreateMemory`: request field `namespace` is now required")
        for line in lines
    )
    assert _spec_report.wire_section("ai-memory", "x", base, base).changes == []


def test_the_cli_says_no_spec_changes_when_nothing_changed() -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "spec-report"),
            "--base",
            "HEAD",
            "--head",
            "HEAD",
            "--fail-on-breaking",
        ],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 0, done.stderr
    assert "No spec changes" in done.stdout


@pytest.mark.parametrize(
    ("old", "new", "breaking"),
    [
        ("0.1.0", "0.2.0", True),
        ("0.1.0", "0.1.1", False),
        ("1.4.2", "2.0.0", True),
        ("1.4.2", "1.5.0", False),
    ],
)
def test_a_breaking_bump_is_major_or_minor_while_zero(old: str, new: str, breaking: bool) -> None:
    assert _spec_report.is_breaking_bump(old, new) is breaking


def test_the_verdict_wants_a_bump_and_a_changelog_section() -> None:
    old_py, new_py = (
        '[project]\nversion = "0.1.0"\n',
        '[project]\nname = "x"\nversion = "0.2.0"\n[tool.x]\nversion = "9"\n',
    )
    changelog = (
        "# Changelog\n\n## [0.2.0] - 2026-12-01\n### Removed\n- `Thing.note`.\n\n## [0.1.0]\n- first\n"
    )
    assert _spec_report.project_version(new_py) == "0.2.0"
    assert _spec_report.verdict(1, old_py, new_py, "# Changelog\n", changelog).ok
    assert not _spec_report.verdict(
        1, old_py, new_py, "# Changelog\n", "# Changelog\n\n## [0.2.0]\n\n## [0.1.0]\n- a\n"
    ).ok
    assert not _spec_report.verdict(1, old_py, old_py, "# Changelog\n", changelog).ok
    assert _spec_report.verdict(0, old_py, old_py, "# Changelog\n", "# Changelog\n").ok
    assert _spec_report.verdict(3, old_py, old_py, None, None).ok  # before the first release


def test_a_name_re_exported_from_a_private_module_is_the_api() -> None:
    assert _spec_report._publicly_defined("_mini_api.models.thing.Thing", "_mini_api.models.Thing")
    assert not _spec_report._publicly_defined(
        "memories_sh._client.MemoriesClient", "memories_sh.MemoriesClient"
    )
    assert not _spec_report._publicly_defined("_ai_memory_api.models.memory.Memory", "ai_memory.Memory")


def test_on_main_the_base_is_the_last_commit_of_the_previous_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every commit of the version being prepared is in the report, so a breaking change merged
    after the bump is still covered by (and checked against) that one bump."""

    def commit(version: str, note: str) -> str:
        (tmp_path / "pyproject.toml").write_text(f'[project]\nname = "x"\nversion = "{version}"\n')
        (tmp_path / "note").write_text(note)
        for args in (["add", "-A"], ["commit", "-qm", note]):
            subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True)
        return subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=tmp_path, check=True, capture_output=True, text=True
        ).stdout.strip()

    subprocess.run(["git", "init", "-q", "-b", "release"], cwd=tmp_path, check=True)
    for key, value in (("user.email", "t@example.invalid"), ("user.name", "t")):
        subprocess.run(["git", "config", key, value], cwd=tmp_path, check=True)
    commit("0.1.0", "first")
    last_of_previous = commit("0.1.0", "fix")
    commit("0.2.0", "bump")
    head = commit("0.2.0", "a breaking change after the bump")
    monkeypatch.setattr(_spec_report, "ROOT", tmp_path)
    assert _spec_report.version_span_base(head) == last_of_previous
