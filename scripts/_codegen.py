"""Regenerate the API packages from the specs: openapi-python-client + our templates, pinned.

Used by ``scripts/generate`` (write ``generated/``) and ``scripts/check-generated`` (compare).

openapi-python-client's templates cannot see an operation's ``x-`` extensions, so the generator
runs in-process and our templates get them, and each method's full description (``_methods``)
and the documented error codes (``_errors``), as plain-data globals. Nothing here knows any
endpoint: it copies what the spec says.
"""

from __future__ import annotations

import contextlib
import io
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
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
            reused = []
            for param in [*shared, *op.get("parameters", [])]:
                ref = param.get("$ref", "") if isinstance(param, dict) else ""
                param = _resolve(spec, param)
                key = f"{param.get('in')}:{param.get('name')}"
                param_docs[key] = param.get("description", "")
                if ref.startswith("#/components/parameters/"):
                    reused.append(key)
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
                "reused_params": reused,
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


def webhook_payloads(spec: dict[str, Any]) -> list[str]:
    """The component schemas the spec's ``webhooks`` deliver as JSON bodies, in spec order."""
    names: list[str] = []
    for item in (spec.get("webhooks") or {}).values():
        for operation in item.values() if isinstance(item, dict) else ():
            content = ((operation or {}).get("requestBody") or {}).get("content") or {}
            ref = ((content.get("application/json") or {}).get("schema") or {}).get("$ref", "")
            name = ref.rsplit("/", 1)[-1] if ref.startswith("#/components/schemas/") else None
            if name and name not in names:
                names.append(name)
    return names


def server_url(spec: dict[str, Any]) -> str:
    """The spec's first ``servers`` URL without a trailing ``/``: the clients' default base URL."""
    servers = spec.get("servers") or [{}]
    return str(servers[0].get("url") or "http://localhost").rstrip("/")


def versioned_prefixes(spec: dict[str, Any]) -> list[str]:
    """Each path's leading segments up to its first version segment (``v1``), deduplicated.

    ``/api/v1/memories`` gives ``/api/v1``; a path without a version segment (``/metrics``,
    ``/api/mcp``) gives none. A user who writes such a prefix at the end of ``base_url`` has it
    removed, since every path of the spec already starts with it.
    """
    found: set[str] = set()
    for path in spec.get("paths") or {}:
        segments = str(path).strip("/").split("/")
        for index, segment in enumerate(segments[:-1]):
            if re.fullmatch(r"v[0-9]+", segment):
                found.add("/" + "/".join(segments[: index + 1]))
                break
    return sorted(found)


def secret_fields(spec: dict[str, Any]) -> list[str]:
    """Wire names of the properties the spec marks ``format: password`` (anywhere): secrets the
    SDK hides in ``error.request`` and scrubs from error messages."""
    found: set[str] = set()
    stack: list[Any] = [spec]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            for name, prop in (
                (node.get("properties") or {}).items() if isinstance(node.get("properties"), dict) else ()
            ):
                if isinstance(prop, dict) and _resolve(spec, prop).get("format") == "password":
                    found.add(str(name))
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return sorted(found)


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


def _config(package: str, spec_path: Path, out: Path) -> Any:
    """The generator's configuration (what ``--config``/``--meta none`` would give the CLI)."""
    from openapi_python_client.config import Config, ConfigFile, MetaType

    ruff = ruff_path()
    config_file = ConfigFile(
        project_name_override=package,
        package_name_override=package,
        literal_enums=False,
        docstrings_on_attributes=True,
        use_path_prefixes_for_title_model_names=False,
        post_hooks=[
            f"{ruff} check --isolated --target-version py310 --select F,I,UP --fix-only --quiet .",
            f"{ruff} format --isolated --target-version py310 --line-length 110 --quiet .",
        ],
    )
    return Config.from_sources(
        config_file, MetaType.NONE, spec_path, "utf-8", overwrite=True, output_path=out
    )


def load_project(spec_path: Path, package: str, out: Path, templates: Path) -> Any:
    """The generator's ``Project`` for one spec, with our data installed as template globals.

    The generator runs in-process (``openapi_python_client`` 0.29.1 is pinned) so that our
    templates receive plain data computed here (:mod:`_methods`) instead of re-deriving it in
    Jinja: ``API`` (every facade method), ``HINTS`` (each operation's ``x-`` extensions),
    ``FIELDS`` / ``CONSTRAINTS`` / ``MODEL_IMPORTS`` / ``LAZY_MODELS`` (models), ``ERROR_CODES``,
    ``WEBHOOK_EVENTS`` (the model classes of the webhook payloads), ``SERVER_URL``,
    ``VERSIONED_PREFIXES``, ``SECRET_FIELDS`` and ``PACKAGE``.
    """
    import _errors
    import _fields
    import _methods
    from openapi_python_client import _get_project_for_url_or_path
    from openapi_python_client.parser.errors import GeneratorError

    spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
    project = _get_project_for_url_or_path(_config(package, spec_path, out), custom_template_path=templates)
    if isinstance(project, GeneratorError):
        sys.exit(f"generation of {package} from {spec_path.name} failed: {project.header}: {project.detail}")
    hints = operation_hints(spec)
    constraints = component_constraints(spec)
    # An attribute the templates read that the generator no longer has fails the run.
    project.env.undefined = jinja2.StrictUndefined
    project.env.globals.update(
        PACKAGE=package,
        SERVER_URL=server_url(spec),
        VERSIONED_PREFIXES=versioned_prefixes(spec),
        SECRET_FIELDS=secret_fields(spec),
        HINTS=hints,
        API=_methods.describe(project.openapi, hints, project.env.globals["class_name"]),
        ERROR_CODES=_errors.error_codes(spec),
        WEBHOOK_EVENTS=[str(project.env.globals["class_name"](n)) for n in webhook_payloads(spec)],
        FIELDS=_fields.fields,
        CONSTRAINTS=lambda model: _fields.constraints(model, constraints),
        MODEL_IMPORTS=_fields.imports,
        LAZY_MODELS=_fields.lazy_models,
    )
    return project


def generate(spec_path: Path, package: str, output: Path) -> None:
    """Generate ``package`` from ``spec_path`` into the fresh directory ``output``."""
    with tempfile.TemporaryDirectory(prefix="codegen-") as scratch_dir:
        scratch = Path(scratch_dir)
        out = scratch / "out"
        project = load_project(spec_path, package, out, ROOT / "templates")
        with contextlib.redirect_stdout(io.StringIO()) as printed:
            errors = project.build()
        if errors:  # what the CLI's --fail-on-warning refuses: warnings included
            sys.stderr.write(printed.getvalue())
            for error in errors:
                sys.stderr.write(f"{error.level.value}: {error.header}\n{error.detail or ''}\n")
            sys.exit(f"generation of {package} from {spec_path.name} failed")
        shutil.rmtree(out / ".ruff_cache", ignore_errors=True)
        (out / "py.typed").write_text("", encoding="utf-8")
        if output.exists():
            shutil.rmtree(output)
        output.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(out), str(output))
