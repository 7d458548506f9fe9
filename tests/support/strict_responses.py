"""The strict response check: every response a local server sends must validate against the spec
with no undocumented field, so a field removed from the spec but still sent fails the test run.

A strict copy of the spec's schemas is derived at run time: every *documented* object (a schema
with ``properties``) whose ``additionalProperties`` is absent or ``true`` becomes closed with
``unevaluatedProperties: false``. Schemas that ``allOf`` composes stay open in a lax twin (the
composing schema is the one closed, so the properties of every part count), and ``oneOf`` /
``anyOf`` branches of an object that has its own properties stay open likewise. Maps
(``additionalProperties`` with a schema), free-form objects (no ``properties``) and objects the spec
marks ``x-strict: false`` (documents whose shape it keeps open on purpose) are unchanged.

Use :func:`strict_checker` once per spec, then ``checker.check(method, path, status, content_type,
body)``; :func:`schemathesis_check` wraps it as a schemathesis check, :func:`httpx_hooks` as httpx
response hooks for suites that drive a local server through the SDK.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

HTTP = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
URI = "urn:spec"
LAX = "x-lax-schemas"
DATA_KEYWORDS = ("example", "examples", "default", "enum", "const")  # values, not schemas


def _close(node: Any, parts_open: bool = False) -> Any:
    """A strict copy of a schema node (see the module docstring)."""
    if isinstance(node, list):
        return [_close(item) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    own_properties = "properties" in node
    for key, value in node.items():
        if key == "allOf" or (key in ("oneOf", "anyOf") and own_properties):
            out[key] = [_lax_ref(part) for part in value]
        elif key in ("properties", "patternProperties", "$defs", "schemas"):
            out[key] = {name: _close(sub) for name, sub in value.items()}
        elif isinstance(value, (dict, list)) and key not in DATA_KEYWORDS:
            out[key] = _close(value)
        else:
            out[key] = value
    documented = own_properties or ("allOf" in node and node.get("type", "object") == "object")
    if not documented or node.get("x-strict") is False or node.get("additionalProperties", True) is not True:
        return out
    # ``additionalProperties: true`` would mark every property evaluated, for the composing schema too.
    out.pop("additionalProperties", None)
    if not parts_open:
        out["unevaluatedProperties"] = False
    return out


def _lax_ref(part: Any) -> Any:
    """A composed part: its refs point at the lax twin; an inline part is closed one level down only."""
    if isinstance(part, dict) and "$ref" in part and part["$ref"].startswith("#/components/schemas/"):
        return {**part, "$ref": part["$ref"].replace("#/components/schemas/", f"#/{LAX}/", 1)}
    return _close(part, parts_open=True)


def strict_document(spec: dict[str, Any]) -> dict[str, Any]:
    """The spec with every schema closed, plus the lax twins of component schemas under ``x-lax-schemas``."""
    doc = _close(copy.deepcopy(spec))
    schemas = spec.get("components", {}).get("schemas", {})
    doc[LAX] = {name: _close(schema, parts_open=True) for name, schema in schemas.items()}
    return doc


def _template_regex(template: str) -> re.Pattern[str]:
    pattern = re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(template))
    return re.compile(f"^{pattern}$")


class StrictChecker:
    """Validates response bodies against the strict schemas of one spec."""

    def __init__(self, spec_path: Path) -> None:
        self.spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
        self.document = strict_document(self.spec)
        resource = Resource.from_contents(self.document, default_specification=DRAFT202012)
        self.registry: Registry[Any] = Registry().with_resource(URI, resource)
        # Literal segments first, so /memories/bulk wins over /memories/{id}.
        templates = sorted(self.spec["paths"], key=lambda t: (t.count("{"), -len(t)))
        self.routes = [(t, _template_regex(t)) for t in templates]
        self.checked = 0

    def template(self, method: str, path: str) -> str | None:
        """The spec's path template that ``path`` matches for ``method``, if any."""
        for template, regex in self.routes:
            if method.lower() in self.spec["paths"][template] and regex.match(path):
                return template
        return None

    def _schema_pointer(self, method: str, template: str, status: int, content_type: str) -> str | None:
        responses = self.spec["paths"][template][method.lower()].get("responses", {})
        key = next((k for k in (str(status), f"{str(status)[0]}XX", "default") if k in responses), None)
        if key is None:
            return None
        pointer = f"/paths/{_escape(template)}/{method.lower()}/responses/{key}"
        response = responses[key]
        if "$ref" in response:
            pointer = response["$ref"].lstrip("#")
            response = self._resolve(pointer)
        media = content_type.split(";")[0].strip().lower()
        if media not in response.get("content", {}) or "schema" not in response["content"][media]:
            return None
        return f"{pointer}/content/{_escape(media)}/schema"

    def _resolve(self, pointer: str) -> Any:
        node: Any = self.document
        for part in pointer.strip("/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node

    def errors(self, method: str, path: str, status: int, content_type: str, body: bytes) -> Iterator[str]:
        """Why a response does not match the strict spec (nothing when it matches or is not JSON)."""
        if "json" not in content_type.lower() or not body:
            return
        template = self.template(method, path)
        if template is None:
            return  # an undocumented route: status_code_conformance & co. report it
        pointer = self._schema_pointer(method, template, status, content_type)
        if pointer is None:
            return
        try:
            instance = json.loads(body)
        except ValueError:
            yield f"{method} {path} -> {status}: the body is not JSON"
            return
        self.checked += 1
        validator = _validator(self, pointer)
        for error in sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path)):
            where = "/".join(str(p) for p in error.absolute_path) or "(body)"
            yield f"{method} {template} -> {status}: at {where}: {error.message}"

    def check(self, method: str, path: str, status: int, content_type: str, body: bytes) -> None:
        """Raise ``AssertionError`` listing every mismatch with the strict spec."""
        problems = list(self.errors(method, path, status, content_type, body))
        if problems:
            raise AssertionError("response does not match the strict spec:\n  " + "\n  ".join(problems[:20]))


@cache
def _validator(checker: StrictChecker, pointer: str) -> Draft202012Validator:
    return Draft202012Validator({"$ref": f"{URI}#{pointer}"}, registry=checker.registry)


def _escape(part: str) -> str:
    return part.replace("~", "~0").replace("/", "~1")


@cache
def strict_checker(spec_path: Path) -> StrictChecker:
    """One shared checker per spec file."""
    return StrictChecker(spec_path)


def schemathesis_check(checker: StrictChecker) -> Callable[..., None]:
    """The strict check as a schemathesis check function (``checks=[...]``)."""

    def strict_response_schema(ctx: Any, response: Any, case: Any) -> None:
        ctype = response.headers.get("content-type") or [""]  # schemathesis: name -> list of values
        checker.check(case.method, case.formatted_path, response.status_code, ctype[0], response.content)

    return strict_response_schema


def httpx_hooks(
    checker: StrictChecker, base_path: str = ""
) -> tuple[Callable[..., None], Callable[..., Any]]:
    """Sync and async httpx response hooks applying the check to every response (``base_path``
    is stripped from URLs first, for a server mounted under a prefix)."""

    def _path(response: httpx.Response) -> str:
        path = response.request.url.path
        return path[len(base_path) :] if base_path and path.startswith(base_path) else path

    def sync_hook(response: httpx.Response) -> None:
        response.read()
        ctype = response.headers.get("content-type", "")
        checker.check(response.request.method, _path(response), response.status_code, ctype, response.content)

    async def async_hook(response: httpx.Response) -> None:
        await response.aread()
        ctype = response.headers.get("content-type", "")
        checker.check(response.request.method, _path(response), response.status_code, ctype, response.content)

    return sync_hook, async_hook
