"""The drift matrix, generated from the specs: every case is a spec example with one deviation.

For each operation under test the success example of the spec is the base payload. The walk
starts at the data the SDK returns (the envelope's ``data``, ``x-sdk.unwrap``'s field, or the
body) and visits three locations: the top-level data, the first nested model and the first list
of models (one item of which is changed). At each it derives, from the generated model (itself
generated from the spec), one case per

- required field: dropped;
- field that may not be null: set to ``null``;
- field: given a value of the wrong type (the first of a few candidates its type rejects);
- open-enum field: given a value the spec does not list;

plus one unknown field. Nothing here names a field.
"""

from __future__ import annotations

import copy
import importlib
import json
import pkgutil
import types
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Union

import pydantic
import yaml

from agent_memory_sdk._models import OpenEnum
from agent_memory_sdk._open_model import OpenModel
from agent_memory_sdk._runtime import Operation

ROOT = Path(__file__).resolve().parents[2]
SPECS = {
    "_ai_memory_api": ROOT / "specs" / "ai-memory.openapi.yaml",
    "_memories_sh_api": ROOT / "specs" / "memories-sh.openapi.yaml",
}
UNKNOWN_FIELD = "zzDriftField"
UNKNOWN_VALUE = "zz-drift-value"
WRONG_CANDIDATES: tuple[Any, ...] = ({"drift": ["an object"]}, "not-a-value", 12345)


@cache
def operations(package: str) -> dict[str, Operation]:
    """Every generated ``OPERATION`` of ``package``, by ``x-sdk.method`` (else operationId)."""
    api = importlib.import_module(f"{package}.api")
    found: dict[str, Operation] = {}
    for info in pkgutil.walk_packages(api.__path__, f"{package}.api."):
        operation = getattr(importlib.import_module(info.name), "OPERATION", None)
        if isinstance(operation, Operation):
            found[str(operation.sdk.get("method", operation.name))] = operation
    return found


@cache
def _spec(package: str) -> dict[str, Any]:
    loaded: dict[str, Any] = yaml.safe_load(SPECS[package].read_text(encoding="utf-8"))
    return loaded


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        *_, kind, name = node["$ref"].split("/")
        node = spec["components"][kind][name]
    return node


def success_example(package: str, operation: Operation) -> Any:
    """The first JSON example of the operation's first 2xx response in the spec."""
    spec = _spec(package)
    item = spec["paths"][operation.path][operation.method.lower()]
    for status, response in sorted(item["responses"].items(), key=lambda kv: str(kv[0])):
        if not str(status).startswith("2"):
            continue
        media = (_resolve(spec, response).get("content") or {}).get("application/json") or {}
        if "example" in media:
            return copy.deepcopy(media["example"])
        for example in (media.get("examples") or {}).values():
            return copy.deepcopy(_resolve(spec, example)["value"])
    raise LookupError(operation.name)


def strip(tp: Any) -> Any:
    """``tp`` without ``Annotated`` and without ``None`` when one type remains."""
    while typing.get_origin(tp) is typing.Annotated:
        tp = typing.get_args(tp)[0]
    if typing.get_origin(tp) in (Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return strip(args[0])
    return tp


def allows_none(tp: Any) -> bool:
    while typing.get_origin(tp) is typing.Annotated:
        tp = typing.get_args(tp)[0]
    if tp is None or tp is type(None) or tp is Any:
        return True
    return typing.get_origin(tp) in (Union, types.UnionType) and any(
        allows_none(a) for a in typing.get_args(tp)
    )


def is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, pydantic.BaseModel) and not issubclass(tp, OpenModel)


def fields(model: type[pydantic.BaseModel]) -> dict[str, tuple[str, Any, Any]]:
    """Wire name → (attribute, annotation with its validators, FieldInfo)."""
    if not model.__pydantic_complete__:
        model.model_rebuild()
    found = {}
    for name, info in model.model_fields.items():
        annotation: Any = info.annotation
        if info.metadata:
            parts: Any = (annotation, *info.metadata)
            annotation = typing.Annotated[parts]
        found[info.alias or name] = (name, annotation, info)
    return found


@dataclass(frozen=True)
class Target:
    """One operation as the matrix calls it."""

    package: str
    method: str
    transport: str = "http"  # or "mcp"

    @property
    def operation(self) -> Operation:
        return operations(self.package)[self.method]

    @property
    def envelope(self) -> bool:
        return bool(self.operation.sdk.get("mcp_tool")) or self.package == "_memories_sh_api"

    def root(self) -> tuple[list[str], type[pydantic.BaseModel]]:
        """Path of the returned data inside the example, and its model."""
        operation = self.operation
        wire = operation.response_model(min(s for s in operation.responses if 200 <= s < 300))
        assert isinstance(wire, type)
        unwrap = operation.sdk.get("unwrap")
        if self.envelope:
            return ["data"], strip(fields(wire)["data"][1])
        if unwrap:
            returned = operation.sdk_model("returns")
            assert returned is not None
            return [unwrap["field"]], returned
        return [], wire

    def filled_by_sdk(self) -> frozenset[str]:
        """Top-level data fields the MCP transport fills itself (never drift)."""
        if self.transport != "mcp":
            return frozenset()
        sdk = self.operation.sdk
        return frozenset(sdk.get("mcp_result_defaults") or ()) | frozenset(sdk.get("mcp_result_select") or ())

    def warning_prefix(self) -> str:
        return "data." if self.envelope else ""

    def __str__(self) -> str:
        return f"{self.package.strip('_').removesuffix('_api')}:{self.method}" + (
            "@mcp" if self.transport == "mcp" else ""
        )


@dataclass(frozen=True)
class Case:
    """One deviation of one example: ``payload`` is the whole wire body (the HTTP body, or the
    tool's ``structuredContent`` for MCP)."""

    target: Target
    location: tuple[Any, ...]  # path from the returned data to the changed object
    model: type[pydantic.BaseModel]
    kind: str  # missing | null | wrong type | unknown enum value | unknown field
    key: str  # wire name of the field
    value: Any  # the value sent (None for missing)
    payload: Any
    base: Any  # the unchanged payload (the same list lengths)

    @property
    def warning_path(self) -> str:
        parts = [p if isinstance(p, str) else "[]" for p in self.location]
        dotted = ""
        for part in parts:
            dotted += part if part == "[]" or not dotted else f".{part}"
        where = f"{dotted}.{self.key}" if dotted else self.key
        return self.target.warning_prefix() + where

    def __str__(self) -> str:
        where = "/".join(str(p) for p in self.location) or "top"
        return f"{self.target}-{where}-{self.kind.replace(' ', '_')}-{self.key}"


Location = tuple[tuple[Any, ...], Any]


def _locations(data: dict[str, Any], model: type[pydantic.BaseModel]) -> Iterator[Location]:
    """(path, model) of: the data itself, the first nested model, one item of the first list of models."""
    yield (), model
    nested = listed = False
    for key, (_, annotation, _) in fields(model).items():
        core = strip(annotation)
        value = data.get(key)
        if not nested and is_model(core) and isinstance(value, dict):
            nested = True
            yield (key,), core
        item = typing.get_args(core)[0] if typing.get_origin(core) is list and typing.get_args(core) else None
        if not listed and is_model(strip(item)) and isinstance(value, list) and value:
            listed = True
            yield (key, 0), strip(item)


def _get(data: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        data = data[part]
    return data


def _wrong_value(annotation: Any) -> Any:
    """The first candidate the field's type rejects (for a model: not an object, which would be
    read field by field as that model)."""
    adapter = pydantic.TypeAdapter(annotation)
    for candidate in WRONG_CANDIDATES:
        if isinstance(candidate, dict) and is_model(strip(annotation)):
            continue
        try:
            adapter.validate_python(candidate)
        except pydantic.ValidationError:
            return candidate
    return None


def cases(target: Target) -> Iterator[Case]:
    """Every case of ``target`` (see the module docstring)."""
    example = success_example(target.package, target.operation)
    prefix, model = target.root()
    data = _get(example, tuple(prefix))
    for location, located_model in _locations(data, model):
        base = copy.deepcopy(example)
        if len(location) == 2:  # a list: three rows, so that the untouched ones can be compared
            rows = _get(base, (*prefix, location[0]))
            rows[:] = [copy.deepcopy(rows[0]) for _ in range(3)]
        skip = target.filled_by_sdk() if not location else frozenset()
        obj = _get(base, (*prefix, *location))
        for key, (_, annotation, info) in fields(located_model).items():
            if key in skip or key not in obj:
                continue
            variants: list[tuple[str, Any]] = []
            if info.is_required():
                variants.append(("missing", None))
            if not allows_none(annotation):
                variants.append(("null", None))
            wrong = _wrong_value(annotation)
            if wrong is not None:
                variants.append(("wrong type", wrong))
            core = strip(annotation)
            if isinstance(core, type) and issubclass(core, OpenEnum):
                variants.append(("unknown enum value", UNKNOWN_VALUE))
            for kind, value in variants:
                payload = copy.deepcopy(base)
                changed = _get(payload, (*prefix, *location))
                if kind == "missing":
                    del changed[key]
                else:
                    changed[key] = value
                yield Case(target, location, located_model, kind, key, value, payload, base)
        payload = copy.deepcopy(base)
        _get(payload, (*prefix, *location))[UNKNOWN_FIELD] = {"added": True}
        added = {"added": True}
        yield Case(target, location, located_model, "unknown field", UNKNOWN_FIELD, added, payload, base)


def body_bytes(case_payload: Any, target: Target) -> bytes:
    """The HTTP body that carries ``case_payload`` (a JSON-RPC answer for MCP)."""
    if target.transport == "mcp":
        meta = case_payload.get("meta") or {}
        content = {"ok": True, "data": case_payload["data"], "meta": meta}
        rpc = {"jsonrpc": "2.0", "id": "1", "result": {"structuredContent": content, "content": []}}
        return json.dumps(rpc).encode()
    return json.dumps(case_payload).encode()
