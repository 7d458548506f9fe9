"""Every example in both specs parses into its generated model and dumps back to the same JSON
values (timestamps compare as instants: the models keep pydantic's microsecond ``datetime``, and
dump it as ISO 8601 — see docs/performance.md, "Timestamps").

The models are found through the generated operation descriptors (``OPERATION.responses`` and
``OPERATION.request_model``), so this also proves each descriptor points at the right class.
"""

from __future__ import annotations

import datetime as _dt
import importlib
import json
import pkgutil
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pydantic
import pytest
import yaml

from agent_memory_sdk._runtime import Operation, parse_timestamp, resolve

ROOT = Path(__file__).resolve().parents[2]
SPECS = {
    "_ai_memory_api": ROOT / "specs" / "ai-memory.openapi.yaml",
    "_memories_sh_api": ROOT / "specs" / "memories-sh.openapi.yaml",
}


_TIMESTAMP = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}")


def _values(value: Any) -> Any:
    """JSON with every timestamp string replaced by the instant it denotes."""
    if isinstance(value, dict):
        return {k: _values(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_values(v) for v in value]
    if isinstance(value, str) and _TIMESTAMP.match(value):
        instant: _dt.datetime = parse_timestamp(value)
        return instant.astimezone(_dt.timezone.utc).isoformat()
    return value


def _resolve(spec: dict[str, Any], node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        target: Any = spec
        for part in node["$ref"].lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def _operations(package: str) -> dict[str, Operation]:
    api = importlib.import_module(f"{package}.api")
    found: dict[str, Operation] = {}
    for info in pkgutil.walk_packages(api.__path__, f"{package}.api."):
        module = importlib.import_module(info.name)
        operation = getattr(module, "OPERATION", None)
        if isinstance(operation, Operation):
            found[operation.name] = operation
    return found


def _examples(media: dict[str, Any]) -> Iterator[tuple[str, Any]]:
    if "example" in media:
        yield "example", media["example"]
    for name, example in (media.get("examples") or {}).items():
        if "value" in example:
            yield name, example["value"]


def _cases() -> Iterator[Any]:
    for package, spec_path in SPECS.items():
        spec = yaml.safe_load(spec_path.read_text(encoding="utf-8"))
        for path, item in spec["paths"].items():
            for method, op in item.items():
                if not isinstance(op, dict) or "operationId" not in op:
                    continue
                body = _resolve(spec, op.get("requestBody", {}))
                for media_type, media in body.get("content", {}).items():
                    if "json" in media_type:
                        for name, value in _examples(media):
                            yield pytest.param(
                                package,
                                op["operationId"],
                                "request",
                                value,
                                id=f"{package}:{method.upper()} {path}:request:{name}",
                            )
                for status, response in op.get("responses", {}).items():
                    response = _resolve(spec, response)
                    if not status.isdigit():
                        continue
                    for media_type, media in response.get("content", {}).items():
                        if "json" in media_type:
                            for name, value in _examples(media):
                                yield pytest.param(
                                    package,
                                    op["operationId"],
                                    int(status),
                                    value,
                                    id=f"{package}:{method.upper()} {path}:{status}:{name}",
                                )


def _model_for(package: str, operation_id: str, which: str | int) -> Any:
    operation = _operations(package)[operation_id]
    if which == "request":
        assert operation.request_model, f"{operation_id} has a JSON request example but no request model"
        return resolve(package, operation.request_model), operation.request_array
    model = operation.response_model(int(which))
    assert model not in (None, "text", "bytes"), f"{operation_id} {which}: no model for a JSON example"
    return model, False


@pytest.mark.parametrize(("package", "operation_id", "which", "example"), list(_cases()))
def test_example_round_trips_through_its_model(
    package: str, operation_id: str, which: Any, example: Any
) -> None:
    model, array = _model_for(package, operation_id, which)
    if model == "json":
        return  # an open JSON value: nothing to parse into
    if array or not hasattr(model, "model_validate"):  # a bare array, or a shape (list[…], a union …)
        adapter = pydantic.TypeAdapter(list[model] if array else model)  # type: ignore[valid-type]
        dumped = adapter.dump_python(
            adapter.validate_python(example), mode="json", by_alias=True, exclude_unset=True
        )
    else:
        dumped = model.model_validate(example).to_dict()
    assert json.dumps(_values(dumped), sort_keys=True) == json.dumps(_values(example), sort_keys=True)


def test_there_are_examples_for_both_apis() -> None:
    packages = {case.values[0] for case in _cases()}
    assert packages == set(SPECS)
