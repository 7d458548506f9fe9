"""The spec report: wire changes of each spec and Python API changes between two git revisions.

Used by ``scripts/spec-report`` (see its ``--help``) and by ``tests/tooling``. The wire changes
come from ``_spec_diff`` (a classifier over the two parsed documents), the Python API changes
from griffe (``find_breaking_changes`` for what breaks, a walk of both trees for what is new),
run on the hand packages and on the generated ``client`` and ``models`` modules the hand
clients inherit and re-export. A breaking change needs a breaking version bump in
``pyproject.toml`` and a ``## [<version>]`` section in ``CHANGELOG.md``.
"""

from __future__ import annotations

import argparse
import io
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
import _spec_diff

ROOT = Path(__file__).resolve().parent.parent
WORKTREE = "working tree"
# Paths whose change makes the report run (the rest of the time it says "no spec changes").
WATCHED = ("specs", "templates")
# What the Python API check loads: the hand packages and the generated modules they expose.
API_ROOTS = (
    "ai_memory",
    "memories_sh",
    "_ai_memory_api.client",
    "_ai_memory_api.models",
    "_memories_sh_api.client",
    "_memories_sh_api.models",
)
OWN_PACKAGES = frozenset(
    {"ai_memory", "memories_sh", "agent_memory_sdk", "_ai_memory_api", "_memories_sh_api"}
)

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_yaml(text: str) -> dict[str, Any]:
    data = yaml.load(text, Loader=_Loader)
    return data if isinstance(data, dict) else {}


# ------------------------------------------------------------------------------------------ wire


@dataclass
class WireSection:
    """The wire changes of one spec."""

    name: str
    file: str
    old_version: str | None
    new_version: str | None
    changes: list[_spec_diff.Change] = field(default_factory=list)

    @property
    def breaking(self) -> list[_spec_diff.Change]:
        return [c for c in self.changes if c.severity == _spec_diff.BREAKING]

    @property
    def non_breaking(self) -> list[_spec_diff.Change]:
        return [c for c in self.changes if c.severity == _spec_diff.NON_BREAKING]

    def markdown(self) -> list[str]:
        if self.old_version is None:
            title = f"### {self.name} (`{self.file}`, new: version {self.new_version})"
        elif self.new_version is None:
            title = f"### {self.name} (`{self.file}`, removed)"
        elif self.old_version != self.new_version:
            title = f"### {self.name} (`{self.file}`, version {self.old_version} → {self.new_version})"
        else:
            title = f"### {self.name} (`{self.file}`, version {self.new_version})"
        lines = [title, ""]
        if not self.changes:
            return [*lines, "No wire changes.", ""]
        for heading, group in (("Breaking", self.breaking), ("Non-breaking", self.non_breaking)):
            if group:
                lines += [f"**{heading}** ({len(group)})", "", *(c.line() for c in group), ""]
        return lines


def wire_section(name: str, file: str, old: dict[str, Any] | None, new: dict[str, Any] | None) -> WireSection:
    """Compare two parsed versions of one spec (``None``: absent on that side)."""
    section = WireSection(
        name,
        file,
        None if old is None else _spec_diff.api_version(old),
        None if new is None else _spec_diff.api_version(new),
    )
    if old is None and new is not None:
        count = len(_spec_diff._operations(new))
        section.changes.append(
            _spec_diff.Change(_spec_diff.NON_BREAKING, "spec", f"new API with {count} operations")
        )
    elif new is None and old is not None:
        section.changes.append(_spec_diff.Change(_spec_diff.BREAKING, "spec", "API removed"))
    elif old is not None and new is not None:
        section.changes = _spec_diff.diff_specs(old, new)
    return section


# ------------------------------------------------------------------------------------ Python API


@dataclass
class ApiChanges:
    """The Python API changes found by griffe."""

    breaking: list[str] = field(default_factory=list)
    added: list[str] = field(default_factory=list)

    def markdown(self) -> list[str]:
        if not self.breaking and not self.added:
            return ["No public Python API changes.", ""]
        lines: list[str] = []
        if self.breaking:
            lines += [f"**Breaking** ({len(self.breaking)})", "", *self.breaking, ""]
        if self.added:
            lines += [f"**Added** ({len(self.added)})", "", *self.added, ""]
        return lines


_MODULE_PLUMBING = frozenset({"__all__", "__getattr__", "__dir__"})


def _is_own(obj: Any, own: frozenset[str]) -> bool:
    """Skip re-exports of other libraries (``from typing import Any``) and module plumbing."""
    if obj.name in _MODULE_PLUMBING:
        return False
    if getattr(obj, "is_alias", False):
        return str(obj.target_path).split(".", 1)[0] in own
    return True


def _public_paths(obj: Any, own: frozenset[str], out: set[str]) -> None:
    for member in obj.members.values():
        try:
            if not member.is_public or not _is_own(member, own):
                continue
        except Exception:  # an alias that does not resolve
            continue
        out.add(member.path)
        if not member.is_alias and (member.is_module or member.is_class):
            _public_paths(member, own, out)


def _publicly_defined(target: str, alias: str) -> bool:
    root, _, rest = target.partition(".")
    return root == alias.split(".", 1)[0] and not any(part.startswith("_") for part in rest.split("."))


def _added(obj: Any, own: frozenset[str], old: set[str], out: list[str]) -> None:
    for member in obj.members.values():
        try:
            if not member.is_public or not _is_own(member, own):
                continue
            # A re-export of an object that is public where it is defined (models.Thing for
            # models.thing.Thing) is one object; a name re-exported from a private module
            # (memories_sh.MemoriesClient from memories_sh._client) is the API itself.
            if member.is_alias and _publicly_defined(member.target_path, member.path):
                continue
        except Exception:
            continue
        if member.path not in old:
            out.append(member.path)
        elif not member.is_alias and (member.is_module or member.is_class):
            _added(member, own, old, out)


def _explain(breakage: Any) -> str:
    import griffe

    path = breakage.obj.path
    kind = breakage.kind
    old, new = breakage.old_value, breakage.new_value
    if kind is griffe.BreakageKind.OBJECT_REMOVED:
        return f"- `{path}`: removed"
    if kind in (
        griffe.BreakageKind.PARAMETER_REMOVED,
        griffe.BreakageKind.PARAMETER_ADDED_REQUIRED,
        griffe.BreakageKind.PARAMETER_CHANGED_REQUIRED,
        griffe.BreakageKind.PARAMETER_MOVED,
    ):
        param = getattr(old, "name", None) or getattr(new, "name", None)
        return f"- `{path}({param})`: {kind.value.lower()}"
    if kind in (griffe.BreakageKind.PARAMETER_CHANGED_KIND, griffe.BreakageKind.PARAMETER_CHANGED_DEFAULT):
        detail = (
            f"{old.kind.value} → {new.kind.value}"
            if kind is griffe.BreakageKind.PARAMETER_CHANGED_KIND
            else f"{old.default} → {new.default}"
        )
        return f"- `{path}({old.name})`: {kind.value.lower()} ({detail})"
    return f"- `{path}`: {kind.value.lower()} (`{old}` → `{new}`)"


def python_api_changes(
    old_paths: Sequence[Path],
    new_paths: Sequence[Path],
    roots: Sequence[str] = API_ROOTS,
    own: frozenset[str] = OWN_PACKAGES,
) -> ApiChanges:
    """Compare the public API of ``roots`` loaded from two sets of search paths."""
    import logging

    import griffe

    logging.getLogger("griffe").setLevel(logging.ERROR)

    def load(paths: Sequence[Path]) -> dict[str, Any]:
        loader = griffe.GriffeLoader(search_paths=[str(p) for p in paths], allow_inspection=False)
        found: dict[str, Any] = {}
        for root in roots:
            try:
                found[root] = loader.load(root)
            except (ImportError, KeyError):
                continue
        loader.resolve_aliases(implicit=False, external=None)
        return found

    before, after = load(old_paths), load(new_paths)
    changes = ApiChanges()
    for root in roots:
        if root in before and root not in after:
            changes.breaking.append(f"- `{root}`: removed")
        elif root in after and root not in before:
            count: set[str] = set()
            _public_paths(after[root], own, count)
            changes.added.append(f"- `{root}` (new, {len(count)} public objects)")
        elif root in before:
            seen: set[str] = set()
            for breakage in griffe.find_breaking_changes(before[root], after[root]):
                if not _is_own(breakage.obj, own):
                    continue
                line = _explain(breakage)
                if line not in seen:
                    seen.add(line)
                    changes.breaking.append(line)
            old_public: set[str] = set()
            _public_paths(before[root], own, old_public)
            added: list[str] = []
            _added(after[root], own, old_public, added)
            changes.added += [f"- `{path}`" for path in sorted(added)]
    return changes


# ------------------------------------------------------------------------------ version, changelog


def project_version(pyproject: str | None) -> str | None:
    if pyproject is None:
        return None
    section = re.search(r"^\[project\]\s*$(.*?)(?=^\[|\Z)", pyproject, re.M | re.S)
    match = re.search(r'^version\s*=\s*"([^"]+)"', section.group(1) if section else "", re.M)
    return match.group(1) if match else None


def _release(version: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", version.split("+")[0])[:3])


def is_breaking_bump(old: str, new: str) -> bool:
    """A bump that may break: the major version, or the minor one while the major is 0."""
    a, b = _release(old), _release(new)
    a, b = a + (0,) * (3 - len(a)), b + (0,) * (3 - len(b))
    if b[0] != a[0]:
        return b[0] > a[0]
    return a[0] == 0 and b[1] > a[1]


def changelog_has(changelog: str | None, version: str) -> bool:
    """``CHANGELOG.md`` has a ``## [version]`` section with at least one entry."""
    if not changelog:
        return False
    match = re.search(rf"^## \[{re.escape(version)}\][^\n]*\n(.*?)(?=^## |\Z)", changelog, re.M | re.S)
    return bool(match and re.search(r"^\s*[-*] \S", match.group(1), re.M))


@dataclass
class Verdict:
    ok: bool
    lines: list[str]


def verdict(
    breaking: int,
    old_pyproject: str | None,
    new_pyproject: str | None,
    old_changelog: str | None,
    new_changelog: str | None,
) -> Verdict:
    old_v, new_v = project_version(old_pyproject), project_version(new_pyproject)
    if not breaking:
        return Verdict(True, ["No breaking changes."])
    lines = [f"{breaking} breaking change(s)."]
    if old_changelog is None:
        lines.append("The base has no CHANGELOG.md: no release yet, so nothing to break.")
        return Verdict(True, lines)
    bumped = bool(old_v and new_v and is_breaking_bump(old_v, new_v))
    logged = bool(new_v and changelog_has(new_changelog, new_v))
    lines.append(
        f"- version {old_v} → {new_v}: "
        + ("a breaking bump ✓" if bumped else "needs a breaking bump (major, or minor while 0.x) ✗")
    )
    lines.append(
        f"- CHANGELOG.md `## [{new_v}]` section: " + ("present ✓" if logged else "missing or empty ✗")
    )
    return Verdict(bumped and logged, lines)


# ------------------------------------------------------------------------------------------- git


def git(*args: str, check: bool = True) -> str:
    result = subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=False)
    if check and result.returncode != 0:
        raise SystemExit(f"git {' '.join(args)} failed: {result.stderr.strip()}")
    return result.stdout.strip() if result.returncode == 0 else ""


def rev(ref: str) -> str | None:
    sha = git("rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}", check=False)
    return sha or None


def version_span_base(head_sha: str) -> str | None:
    """On main: the last first-parent commit *before* the current version was set, so that the
    report covers every commit of the version being prepared (a version's changes ship together:
    a breaking change anywhere in its span is covered by its one bump). None when the version
    never changed (then the previous commit is the base)."""
    current = project_version(read_at(head_sha, "pyproject.toml"))
    for sha in git("rev-list", "--first-parent", head_sha, check=False).splitlines()[1:]:
        if project_version(read_at(sha, "pyproject.toml")) != current:
            return sha
    return None


def default_base(head: str) -> tuple[str | None, str]:
    """The merge base with main when on another branch; on main, the last commit of the previous
    version (:func:`version_span_base`), else the previous commit."""
    env = os.environ.get("SPEC_REPORT_BASE")
    if env:
        return rev(env), f"$SPEC_REPORT_BASE ({env})"
    head_sha = rev("HEAD" if head == WORKTREE else head)
    if head_sha is None:
        return None, "no commit yet"
    for candidate in ("origin/main", "main"):
        if rev(candidate):
            merge_base = git("merge-base", head_sha, candidate, check=False)
            if merge_base and merge_base != head_sha:
                return merge_base, f"merge base with {candidate}"
    span = version_span_base(head_sha)
    if span:
        return span, "the last commit of the previous version"
    parent = rev(f"{head_sha}~1")
    return parent, "the previous commit" if parent else "no previous commit"


def read_at(ref: str, path: str) -> str | None:
    if ref == WORKTREE:
        file = ROOT / path
        return file.read_text(encoding="utf-8") if file.exists() else None
    result = subprocess.run(["git", "show", f"{ref}:{path}"], cwd=ROOT, capture_output=True, check=False)
    return result.stdout.decode("utf-8") if result.returncode == 0 else None


def spec_files(ref: str) -> set[str]:
    if ref == WORKTREE:
        return {f"specs/{p.name}" for p in (ROOT / "specs").glob("*.openapi.yaml")}
    listing = git("ls-tree", "--name-only", ref, "specs/", check=False)
    return {p for p in listing.splitlines() if p.endswith(".openapi.yaml")}


def watched_changed(base: str, head: str) -> bool:
    if head == WORKTREE:
        diff = subprocess.run(["git", "diff", "--quiet", base, "--", *WATCHED], cwd=ROOT, check=False)
        untracked = git("ls-files", "--others", "--exclude-standard", "--", *WATCHED, check=False)
        return diff.returncode != 0 or bool(untracked)
    diff = subprocess.run(["git", "diff", "--quiet", base, head, "--", *WATCHED], cwd=ROOT, check=False)
    return diff.returncode != 0


def materialise(ref: str, dest: Path) -> Path:
    """The ``src/`` and ``generated/`` trees of ``ref`` under ``dest`` (``git archive``)."""
    if ref == WORKTREE:
        return ROOT
    present = set(git("ls-tree", "--name-only", ref, check=False).splitlines())
    wanted = [p for p in ("src", "generated") if p in present]
    if wanted:
        archive = subprocess.run(
            ["git", "archive", "--format=tar", ref, "--", *wanted], cwd=ROOT, capture_output=True, check=True
        )
        with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
            if hasattr(tarfile, "data_filter"):
                tar.extractall(dest, filter="data")
            else:  # pragma: no cover - Python 3.10 before 3.10.12
                tar.extractall(dest)
    return dest


# ---------------------------------------------------------------------------------------- report


def spec_name(path: str) -> str:
    return Path(path).name.removesuffix(".openapi.yaml")


def render(
    title: str,
    sections: Sequence[WireSection],
    api: ApiChanges | None,
    result: Verdict,
) -> str:
    lines = [f"# {title}", "", "## Wire changes", ""]
    for section in sections:
        lines += section.markdown()
    lines += ["## Python API changes (griffe)", ""]
    lines += api.markdown() if api is not None else ["Not checked.", ""]
    lines += ["## Verdict", "", *result.lines, ""]
    return "\n".join(lines)


def _short(ref: str) -> str:
    return ref if ref == WORKTREE else (git("rev-parse", "--short", ref, check=False) or ref)


def build_report(base: str, head: str, why: str) -> tuple[str, Verdict]:
    sections = []
    for path in sorted(spec_files(base) | spec_files(head)):
        old_text, new_text = read_at(base, path), read_at(head, path)
        old = load_yaml(old_text) if old_text is not None else None
        new = load_yaml(new_text) if new_text is not None else None
        sections.append(wire_section(spec_name(path), path, old, new))
    with tempfile.TemporaryDirectory(prefix="spec-report-") as scratch:
        old_root = materialise(base, Path(scratch) / "base")
        new_root = materialise(head, Path(scratch) / "head")
        api = python_api_changes(
            [old_root / "src", old_root / "generated"], [new_root / "src", new_root / "generated"]
        )
    breaking = sum(len(s.breaking) for s in sections) + len(api.breaking)
    result = verdict(
        breaking,
        read_at(base, "pyproject.toml"),
        read_at(head, "pyproject.toml"),
        read_at(base, "CHANGELOG.md"),
        read_at(head, "CHANGELOG.md"),
    )
    title = f"Spec report: {_short(base)} ({why}) → {_short(head)}"
    return render(title, sections, api, result), result


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="scripts/spec-report",
        description=(
            "Report the wire and Python API changes of specs/ between two git revisions. "
            "Default base: the merge base with main, or on main itself the previous commit "
            "(or $SPEC_REPORT_BASE); default head: the working tree."
        ),
    )
    parser.add_argument("--base", help="git revision to compare from")
    parser.add_argument("--head", help="git revision to compare to (default: the working tree)")
    parser.add_argument(
        "--fail-on-breaking",
        action="store_true",
        help="exit 1 when a breaking change comes without a breaking version bump and CHANGELOG entry",
    )
    parser.add_argument(
        "--always", action="store_true", help="report even when specs/ and templates/ are unchanged"
    )
    parser.add_argument("--output", type=Path, help="also write the Markdown report to this file")
    args = parser.parse_args(argv)

    head = args.head or WORKTREE
    if head != WORKTREE and rev(head) is None:
        parser.error(f"unknown revision: {head}")
    if args.base:
        base, why = rev(args.base), f"--base {args.base}"
        if base is None:
            parser.error(f"unknown revision: {args.base}")
    else:
        base, why = default_base(head)
    if base is None:
        text, ok = f"# Spec report\n\nNo base revision to compare with ({why}): no spec changes.\n", True
    elif not args.always and not watched_changed(base, head):
        title = f"# Spec report: {_short(base)} ({why}) → {_short(head)}"
        text = f"{title}\n\nNo spec changes (specs/, templates/).\n"
        ok = True
    else:
        text, result = build_report(base, head, why)
        ok = result.ok
    sys.stdout.write(text)
    if args.output:
        args.output.parent.mkdir(parents=True, exist_ok=True)
        args.output.write_text(text, encoding="utf-8")
    return 1 if (args.fail_on_breaking and not ok) else 0
