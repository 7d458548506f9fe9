"""scripts/gen-docs: README blocks are replaced only between their markers, stale docs are reported,
and the API reference covers every operation of both specs with its route."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import _apidocs
import pytest
import yaml
from _docs_introspect import APIS, methods, primaries

ROOT = Path(__file__).resolve().parents[2]
HTTP = {"get", "put", "post", "delete", "patch", "head", "options", "trace"}


def test_fill_markers_replaces_only_the_block_bodies() -> None:
    text = "intro\n<!-- BEGIN generated:a -->\nold\n<!-- END generated:a -->\nmiddle\n"
    text += "<!-- BEGIN generated:b -->\n<!-- END generated:b -->\nend\n"
    filled = _apidocs.fill_markers(text, {"a": "new A", "b": "new B\n"})
    assert filled == (
        "intro\n<!-- BEGIN generated:a -->\nnew A\n<!-- END generated:a -->\nmiddle\n"
        "<!-- BEGIN generated:b -->\nnew B\n<!-- END generated:b -->\nend\n"
    )
    assert _apidocs.fill_markers(filled, {"a": "new A", "b": "new B\n"}) == filled  # idempotent


@pytest.mark.parametrize(
    ("text", "blocks", "message"),
    [
        ("<!-- BEGIN generated:a -->\n", {"a": "x"}, "has no <!-- END generated:a -->"),
        ("<!-- BEGIN generated:z -->\n<!-- END generated:z -->\n", {}, "unknown generated block 'z'"),
        ("nothing\n", {"a": "x"}, "without markers: ['a']"),
    ],
)
def test_fill_markers_rejects_broken_markers(text: str, blocks: dict[str, str], message: str) -> None:
    with pytest.raises(SystemExit, match=message.replace("[", r"\[").replace("]", r"\]")):
        _apidocs.fill_markers(text, blocks)


def test_api_reference_lists_every_spec_route_once_per_method() -> None:
    reference = _apidocs.api_reference()
    for api in APIS:
        spec = yaml.safe_load((ROOT / "specs" / api.spec).read_text(encoding="utf-8"))
        routes = [f"{m.upper()} {p}" for p, item in spec["paths"].items() for m in item if m in HTTP]
        found = primaries(methods(api))
        assert sorted(f"{m.op.method} {m.op.path}" for m in found) == sorted(routes)
        for route in routes:
            assert f"`{route}`" in reference, route
        assert f"{len(routes)} methods, one per operation of `specs/{api.spec}`" in reference


def test_api_reference_lists_every_alias_as_one() -> None:
    """Each ``x-sdk.aliases`` name of the specs is listed, with the method it is another name of."""
    reference = _apidocs.api_reference()
    seen = 0
    for api in APIS:
        spec = yaml.safe_load((ROOT / "specs" / api.spec).read_text(encoding="utf-8"))
        for path, item in spec["paths"].items():
            for verb, operation in item.items():
                sdk = (operation.get("x-sdk") or {}) if verb in HTTP else {}
                for alias in sdk.get("aliases") or ():
                    seen += 1
                    heading = f"#### `client.{alias}`\n\n`{verb.upper()} {path}` — "
                    assert heading + f"alias of `client.{sdk['method']}`" in reference, alias
    assert seen  # the memories.sh spec keeps the seed's management.tenants names


def test_check_mode_fails_with_a_diff_when_stale(tmp_path: Path) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    marker = "<!-- END generated:ai-memory-methods -->"
    (tmp_path / "README.md").write_text(readme.replace(marker, "stale line\n" + marker), encoding="utf-8")
    (tmp_path / "api.md").write_text((ROOT / "api.md").read_text(encoding="utf-8"), encoding="utf-8")
    stale, diff = _apidocs.run(tmp_path, check=True)
    assert stale == 1 and "-stale line" in diff and diff.startswith("--- README.md")
    assert "stale line" in (tmp_path / "README.md").read_text(encoding="utf-8")  # --check writes nothing
    assert _apidocs.run(tmp_path, check=False)[0] == 1
    assert _apidocs.run(tmp_path, check=True) == (0, "")
    assert (tmp_path / "README.md").read_text(encoding="utf-8") == readme


def test_the_committed_docs_are_current() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen-docs"), "--check"],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr
