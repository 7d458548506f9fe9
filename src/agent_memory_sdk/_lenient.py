"""Parsing responses at pydantic's speed, and surviving server drift when that fails.

:func:`validate_json` / :func:`validate_python` first run pydantic's own validation of the whole
body, with unknown fields and unknown enum values *rejected*: a well-formed response costs exactly
one ``model_validate_json``. Only when that fails does the drift-tolerant walk run: it validates
the body piece by piece against the same type (any type a ``TypeAdapter`` takes: models, lists,
dicts, unions, scalars), so that one bad field costs only that field:

- a required field that is missing: the attribute is ``None``, the field is not in
  ``model_fields_set``;
- ``null`` where the spec never allows it: the attribute is ``None`` (and the field is set);
- a value of the wrong type: the attribute is ``None``; the raw value is kept in ``model_extra``
  under its JSON name, which is also what ``model["field"]`` returns;
- an unknown field or enum value: kept (as an extra, as an open-enum pseudo-member);
- a list item or dict value: the same rules inside it, so one bad row never costs the others.

Each deviation is reported as a :class:`Drift`; the caller decides whether to warn or raise.
A body of the wrong top-level kind (a list where an object is expected) raises
:class:`WrongShape`.
"""

from __future__ import annotations

import types
import typing
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Union

import pydantic
from pydantic_core import PydanticUndefined, from_json

from ._enums import reject_unknown_enums

__all__ = ["Drift", "WrongShape", "reject_unknown_enums", "validate_json", "validate_python"]


@dataclass(frozen=True)
class Drift:
    """One way a response differs from the spec.

    Attributes:
        path: the field's JSON path (``memories[].created_at``; list indices collapsed to ``[]``).
        kind: ``missing``, ``null``, ``wrong type``, ``unknown field`` or ``unknown enum value``.
        detail: pydantic's message, or the offending value's type.
    """

    path: str
    kind: str
    detail: str = ""

    def __str__(self) -> str:
        where = self.path or "<root>"
        return f"{where}: {self.kind}" + (f" ({self.detail})" if self.detail else "")


class WrongShape(ValueError):
    """The body is not of the expected top-level kind (e.g. a list where an object is expected)."""


class _Raw:
    """A leaf whose value could not take its declared type: the raw JSON value, kept as is."""

    __slots__ = ("value",)

    def __init__(self, value: Any) -> None:
        self.value = value


_adapters: dict[Any, pydantic.TypeAdapter[Any]] = {}


def _adapter(tp: Any) -> pydantic.TypeAdapter[Any]:
    try:
        return _adapters[tp]
    except KeyError:
        adapter = _adapters[tp] = pydantic.TypeAdapter(tp)
        return adapter
    except TypeError:  # unhashable annotation
        return pydantic.TypeAdapter(tp)


def _strict(run: Any) -> Any:
    token = reject_unknown_enums.set(True)
    try:
        return run()
    finally:
        reject_unknown_enums.reset(token)


def _fast_json(tp: Any, content: bytes | str) -> Any:
    if isinstance(tp, type) and issubclass(tp, pydantic.BaseModel):
        return _strict(lambda: tp.model_validate_json(content, extra="forbid"))
    return _strict(lambda: _adapter(tp).validate_json(content, extra="forbid"))


def _fast_python(tp: Any, data: Any) -> Any:
    if isinstance(tp, type) and issubclass(tp, pydantic.BaseModel):
        return _strict(lambda: tp.model_validate(data, extra="forbid"))
    return _strict(lambda: _adapter(tp).validate_python(data, extra="forbid"))


def validate_json(tp: Any, content: bytes | str) -> tuple[Any, list[Drift]]:
    """``content`` as ``tp``: pydantic's validation first, the drift-tolerant walk if that fails.

    Raises ``ValueError`` for content that is not JSON, and :class:`WrongShape`.
    """
    try:
        return _fast_json(tp, content), []
    except pydantic.ValidationError as error:
        if any(e["type"] == "json_invalid" for e in error.errors(include_url=False)):
            raise ValueError(f"invalid JSON ({error.errors()[0]['msg']})") from None
    return _walk_top(tp, from_json(content))


def validate_python(tp: Any, data: Any) -> tuple[Any, list[Drift]]:
    """Already decoded ``data`` as ``tp`` (see :func:`validate_json`)."""
    try:
        return _fast_python(tp, data), []
    except pydantic.ValidationError:
        pass
    return _walk_top(tp, data)


def _walk_top(tp: Any, data: Any) -> tuple[Any, list[Drift]]:
    core = _strip(tp)
    expected = _kind(core)
    if expected is not None and not isinstance(data, expected):
        name = "an object" if expected is dict else "an array"
        raise WrongShape(f"expected {name}, got {_json_type(data)}")
    if core in (str, int, float, bool) and isinstance(data, (dict, list)):
        raise WrongShape(f"expected a JSON {core.__name__}, got {_json_type(data)}")
    drifts: list[Drift] = []
    value = _walk(tp, data, "", drifts)
    return (value.value if isinstance(value, _Raw) else value), drifts


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}
    return names.get(type(value), "a number")


def _strip(tp: Any) -> Any:
    """``tp`` without ``Annotated``, and without ``None`` when that leaves one type."""
    while typing.get_origin(tp) is typing.Annotated:
        tp = typing.get_args(tp)[0]
    if typing.get_origin(tp) in (Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return _strip(args[0])
    return tp


def _is_model(tp: Any) -> bool:
    return isinstance(tp, type) and issubclass(tp, pydantic.BaseModel)


def _kind(tp: Any) -> type | None:
    if _is_model(tp) or typing.get_origin(tp) in (dict, Mapping):
        return dict
    if typing.get_origin(tp) in (list, typing.Sequence, tuple):
        return list
    return None


def _walk(tp: Any, value: Any, path: str, drifts: list[Drift]) -> Any:
    """``value`` as ``tp`` as far as it goes; a ``_Raw`` when it cannot take the type at all."""
    try:
        return _fast_python(tp, value)
    except pydantic.ValidationError as error:
        first = error.errors(include_url=False)[0]
    core = _strip(tp)
    if value is None:
        drifts.append(Drift(path, "null", "the spec does not allow null"))
        return None
    if _is_model(core) and isinstance(value, dict):
        return _walk_model(core, value, path, drifts)
    origin = typing.get_origin(core)
    if origin in (list, typing.Sequence) and isinstance(value, list):
        (item,) = typing.get_args(core) or (Any,)
        return [_unraw(_walk(item, v, f"{path}[]", drifts)) for v in value]
    if origin in (dict, Mapping) and isinstance(value, dict):
        item = (typing.get_args(core) or (str, Any))[1]
        return {k: _unraw(_walk(item, v, f"{path}{{}}", drifts)) for k, v in value.items()}
    if typing.get_origin(core) in (Union, types.UnionType) and isinstance(value, dict):
        return _walk_union(core, value, path, drifts)
    if first["type"] == "enum" and isinstance(core, type) and isinstance(value, (str, int)):
        drifts.append(Drift(path, "unknown enum value", repr(value)))
        return core(value)  # an open enum keeps it
    drifts.append(Drift(path, "wrong type", f"{first['msg']}; got {_json_type(value)}"))
    return _Raw(value)


def _walk_union(core: Any, value: dict[str, Any], path: str, drifts: list[Drift]) -> Any:
    """An object for a union of models: the member it reads as with the fewest deviations."""
    best: tuple[Any, list[Drift]] | None = None
    for member in typing.get_args(core):
        if _is_model(_strip(member)):
            found: list[Drift] = []
            result = _walk_model(_strip(member), value, path, found)
            if best is None or len(found) < len(best[1]):
                best = (result, found)
    if best is None:
        drifts.append(Drift(path, "wrong type", "no member of the union reads it"))
        return _Raw(value)
    drifts.extend(best[1])
    return best[0]


def _unraw(value: Any) -> Any:
    return value.value if isinstance(value, _Raw) else value


def _walk_model(cls: type[pydantic.BaseModel], data: dict[str, Any], path: str, drifts: list[Drift]) -> Any:
    fields = _fields(cls)
    values: dict[str, Any] = {}
    fields_set: set[str] = set()
    extra: dict[str, Any] = {}
    prefix = f"{path}." if path else ""
    for key, raw in data.items():
        spec = fields.get(key)
        if spec is None:
            drifts.append(Drift(prefix + key, "unknown field"))
            extra[key] = raw
            continue
        name, annotation, _ = spec
        value = _walk(annotation, raw, prefix + key, drifts)
        if isinstance(value, _Raw):
            values[name] = None
            extra[key] = raw
        else:
            values[name] = value
            fields_set.add(name)
    for key, (name, _, info) in fields.items():
        if name in values:
            continue
        if info.is_required():
            drifts.append(Drift(prefix + key, "missing", "a required field is absent"))
            values[name] = None
        else:
            default = info.get_default(call_default_factory=True)
            values[name] = None if default is PydanticUndefined else default
    model = cls.model_construct(_fields_set=fields_set, **values)
    object.__setattr__(model, "__pydantic_extra__", extra)
    return model


_field_maps: dict[type[Any], dict[str, tuple[str, Any, Any]]] = {}


def _fields(cls: type[pydantic.BaseModel]) -> dict[str, tuple[str, Any, Any]]:
    """JSON name → (attribute name, annotation with its validators, ``FieldInfo``)."""
    cached = _field_maps.get(cls)
    if cached is None:
        if not cls.__pydantic_complete__:
            cls.model_rebuild()
        cached = {}
        for name, info in cls.model_fields.items():
            annotation: Any = info.annotation
            if info.metadata:
                parts: Any = (annotation, *info.metadata)
                annotation = typing.Annotated[parts]
            cached[info.alias or name] = (name, annotation, info)
        _field_maps[cls] = cached
    return cached
