"""Regenerate the API packages from the specs: openapi-python-client + our templates, pinned.

Used by ``scripts/generate`` (write ``generated/``) and ``scripts/check-generated`` (compare).

openapi-python-client's templates cannot see an operation's ``x-`` extensions, so before each
run we render them into ``_hints.jinja`` — a Jinja file of plain data that our templates import
— next to a copy of ``templates/``. Nothing here knows any endpoint: it copies what the spec says.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
GENERATOR_VERSION = "0.29.1"
RUFF_VERSION = "0.17.6"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


@dataclass(frozen=True)
class Target:
    """One spec and the package generated from it."""

    spec: Path
    package: str

    @property
    def output(self) -> Path:
        return ROOT / "generated" / self.package


TARGETS = (
    Target(ROOT / "specs" / "ai-memory.openapi.yaml", "_ai_memory_api"),
    Target(ROOT / "specs" / "memories-sh.openapi.yaml", "_memories_sh_api"),
)


def check_versions() -> None:
    """Refuse to run with another generator or ruff than the pinned ones (output would differ)."""
    from importlib.metadata import version

    found = version("openapi-python-client")
    if found != GENERATOR_VERSION:
        sys.exit(f"openapi-python-client {GENERATOR_VERSION} is pinned; found {found}")
    ruff = subprocess.run([ruff_path(), "--version"], capture_output=True, text=True, check=True)
    if ruff.stdout.split()[-1] != RUFF_VERSION:
        sys.exit(f"ruff {RUFF_VERSION} is pinned; found {ruff.stdout.strip()}")


def ruff_path() -> str:
    candidate = Path(sys.executable).with_name("ruff")
    return str(candidate) if candidate.exists() else "ruff"


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        ref = node["$ref"]
        target: Any = spec
        for part in ref.lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def operation_hints(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``"METHOD /path"`` → the data our templates need that the generator does not keep."""
    hints: dict[str, dict[str, Any]] = {}
    envelope = spec.get("x-sdk", {}).get("envelope")
    for path, item in sorted(spec.get("paths", {}).items()):
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            op = item.get(method)
            if op is None:
                continue
            header_options = {}
            param_docs = {}
            for param in [*shared, *op.get("parameters", [])]:
                param = _resolve(spec, param)
                param_docs[f"{param.get('in')}:{param.get('name')}"] = param.get("description", "")
                option = param.get("x-sdk-client-option")
                if param.get("in") == "header" and option:
                    header_options[param["name"]] = option
            body = _resolve(spec, op.get("requestBody", {}))
            content = body.get("content", {})
            hints[f"{method.upper()} {generator_path(path)}"] = {
                "operation_id": op.get("operationId", ""),
                "path": path,
                "envelope": envelope,
                "sdk": op.get("x-sdk", {}),
                "sdk_literal": python_literal(op.get("x-sdk", {})),
                "served": op.get("x-served-by") != "none",
                "security": bool(op.get("security", spec.get("security", []))),
                "header_options": header_options,
                "param_docs": param_docs,
                "content_type": next(iter(content), None),
                "body_required": bool(body.get("required", False)),
            }
    return hints


def generator_path(path: str) -> str:
    """The path as openapi-python-client exposes it to templates: ``{sessionId}`` → ``{session_id}``."""
    from openapi_python_client.strings import snake_case

    return re.sub(r"{([^}]+)}", lambda m: "{" + snake_case(m.group(1)) + "}", path)


def python_literal(value: Any) -> str:
    """Python source for JSON data, keys sorted so that regeneration is byte-stable."""
    if isinstance(value, dict):
        items = (f"{python_literal(str(k))}: {python_literal(v)}" for k, v in sorted(value.items()))
        return "{" + ", ".join(items) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(python_literal(v) for v in value) + "]"
    return repr(value)


_CONSTRAINTS = ("minLength", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum")
_CONSTRAINTS += ("minItems", "maxItems", "pattern")


def component_constraints(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Constraints of component schemas that are plain values (no properties), by schema name.

    The generator resolves a ``$ref`` to such a schema into a plain type and drops its limits;
    our model template looks them up here (every key present, ``None`` when unset).
    """
    found = {}
    for name, schema in sorted(spec.get("components", {}).get("schemas", {}).items()):
        if isinstance(schema, dict) and "properties" not in schema and any(k in schema for k in _CONSTRAINTS):
            found[name] = {key: schema.get(key) for key in _CONSTRAINTS} | {"items": None}
    return found


def to_jinja_literal(value: Any) -> str:
    """Serialise JSON data as a Jinja literal (``none`` instead of ``null``)."""
    if value is None:
        return "none"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float, str)):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(to_jinja_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        items = (f"{json.dumps(str(k))}: {to_jinja_literal(v)}" for k, v in sorted(value.items()))
        return "{" + ", ".join(items) + "}"
    raise TypeError(f"cannot render {type(value).__name__} in hints")


def write_config(path: Path, package: str) -> None:
    ruff = ruff_path()
    config = {
        "project_name_override": package,
        "package_name_override": package,
        "literal_enums": False,
        "docstrings_on_attributes": True,
        "use_path_prefixes_for_title_model_names": False,
        "post_hooks": [
            f"{ruff} check --isolated --target-version py310 --select F,I,UP --fix-only --quiet .",
            f"{ruff} format --isolated --target-version py310 --line-length 110 --quiet .",
        ],
    }
    path.write_text(yaml.safe_dump(config, sort_keys=True), encoding="utf-8")


def generate(spec_path: Path, package: str, output: Path) -> None:
    """Generate ``package`` from ``spec_path`` into the fresh directory ``output``."""
    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="codegen-") as scratch_dir:
        scratch = Path(scratch_dir)
        templates = scratch / "templates"
        shutil.copytree(ROOT / "templates", templates)
        hints = to_jinja_literal(operation_hints(spec))
        (templates / "_hints.jinja").write_text(
            "{# Written by scripts/_codegen.py from the spec's x- extensions. #}\n"
            f"{{% set PACKAGE = {json.dumps(package)} %}}\n{{% set HINTS = {hints} %}}\n"
            f"{{% set COMPONENT_CONSTRAINTS = {to_jinja_literal(component_constraints(spec))} %}}\n",
            encoding="utf-8",
        )
        config = scratch / "config.yaml"
        write_config(config, package)
        out = scratch / "out"
        command = [
            str(Path(sys.executable).with_name("openapi-python-client")),
            "generate",
            "--path",
            str(spec_path),
            "--config",
            str(config),
            "--custom-template-path",
            str(templates),
            "--meta",
            "none",
            "--output-path",
            str(out),
            "--fail-on-warning",
        ]
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0 or "Warning" in result.stdout:
            sys.stderr.write(result.stdout + result.stderr)
            sys.exit(f"generation of {package} from {spec_path.name} failed")
        shutil.rmtree(out / ".ruff_cache", ignore_errors=True)
        (out / "py.typed").write_text("", encoding="utf-8")
        if output.exists():
            shutil.rmtree(output)
        output.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(out), str(output))
