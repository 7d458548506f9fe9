"""Types of the generated code: argument annotations, response shapes and their engine references.

Reads the generator's parsed properties (the attributes pinned by
``tests/codegen/test_generator_contract.py``); used by :mod:`_methods` and :mod:`_fields`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from openapi_python_client.parser import properties as props


def text(value: Any) -> str:
    """The plain text of a generator string (``UntrustedString``, ``PythonIdentifier``, …)."""
    if value is None:
        return ""
    for attr in ("get_untrusted_value", "as_unembedded_code"):
        raw = getattr(value, attr, None)
        if raw is not None:
            return str(raw())
    return str(value)


@dataclass(frozen=True)
class Shape:
    """A response or parameter type: its annotation and the engine's lazy reference to it.

    ``ref`` grammar (read by ``agent_memory_sdk._shapes``): ``models.<module>:<Class>``, scalar
    names (``str``, ``int``, ``float``, ``bool``, ``None``), ``json`` (any JSON value),
    ``list[<ref>]``, ``dict[<ref>]`` (string keys) and unions ``<ref> | <ref>``.
    """

    annotation: str
    ref: str


_SCALARS: tuple[tuple[type, str], ...] = (
    (props.BooleanProperty, "bool"),
    (props.IntProperty, "int"),
    (props.FloatProperty, "float"),
    (props.StringProperty, "str"),
    (props.NoneProperty, "None"),
)


def shape(prop: Any) -> Shape:
    """The :class:`Shape` of a parsed schema: model, enum, array, map, scalar or a union of these."""
    if isinstance(prop, props.ModelProperty):
        extra = prop.additional_properties
        if (
            not prop.required_properties
            and not prop.optional_properties
            and isinstance(extra, props.Property)
        ):
            inner = shape(extra)
            if inner.ref != "json":
                return Shape(f"dict[str, {inner.annotation}]", f"dict[{inner.ref}]")
        return _named(prop)
    if isinstance(prop, props.EnumProperty):
        return _named(prop)
    if isinstance(prop, props.ListProperty):
        inner = shape(prop.inner_property)
        return Shape(f"list[{inner.annotation}]", f"list[{inner.ref}]")
    if isinstance(prop, props.UnionProperty):
        parts: list[Shape] = []
        for sub in prop.inner_properties:
            part = shape(sub)
            if part.ref == "json":
                return Shape("Any", "json")
            if part not in parts:
                parts.append(part)
        return Shape(" | ".join(p.annotation for p in parts), " | ".join(p.ref for p in parts))
    for kind, name in _SCALARS:
        if isinstance(prop, kind):
            return Shape(name, name)
    return Shape("Any", "json")


def _named(prop: Any) -> Shape:
    name = text(prop.class_info.name)
    return Shape(name, f"models.{text(prop.class_info.module_name)}:{name}")


def builtin_names(annotation: str, timestamps: bool = True) -> str:
    """Annotations in a class body that has a method named ``list`` must say ``builtins.list``."""
    if timestamps:
        annotation = annotation.replace("datetime.datetime", "datetime.datetime | str")
    return re.sub(r"(?<![\w.])list\[", "builtins.list[", annotation)


def arg_type(prop: Any, csv: bool) -> str:
    """The annotation of an argument: models and enums also accept their plain JSON form."""
    base = text(prop.get_type_string(no_optional=True))
    if isinstance(prop, props.ListProperty):
        inner = prop.inner_property
        if isinstance(inner, props.ModelProperty):
            return f"Sequence[{text(inner.class_info.name)} | Mapping[str, Any]]"
        inner_type = builtin_names(text(inner.get_type_string(no_optional=True)))
        return f"{'str | ' if csv else ''}Sequence[{inner_type}]"
    if isinstance(prop, props.ModelProperty):
        return f"{base} | Mapping[str, Any]"
    if isinstance(prop, props.EnumProperty):
        values = ", ".join(_json_literal(v) for v in prop.values.values())
        return f"{base} | Literal[{values}]"
    if csv:
        return "str | Sequence[str]"
    return builtin_names(base)


def _json_literal(value: Any) -> str:
    return json.dumps(value)


def returns(endpoint: Any, hint: dict[str, Any], class_name: Any) -> str:
    """The typed result: the union of the 2xx responses' shapes (an envelope's ``data`` field)."""
    if hint["sdk"].get("returns"):
        return text(class_name(hint["sdk"]["returns"]))
    types: list[str] = []
    for r in endpoint.responses.patterns:
        status = r.status_code.range
        if not status or not 200 <= status[0] < 300:
            continue
        t = response_shape(r, hint).annotation
        if t not in types:
            types.append(t)
    return builtin_names(" | ".join(types), timestamps=False) if types else "None"


def response_shape(response: Any, hint: dict[str, Any]) -> Shape:
    """The shape of one documented response (the typed result the engine parses it into)."""
    source = text(response.source["attribute"])
    if source == "None":
        return Shape("None", "None")
    if source == "response.text":
        return Shape("str", "text")
    if source == "response.content":
        return Shape("bytes", "bytes")
    prop = response.prop
    envelope = hint.get("envelope")
    if envelope and isinstance(prop, props.ModelProperty):
        for d in prop.required_properties + prop.optional_properties:
            if text(d.name) == envelope:  # typed as the envelope model's field (the engine unwraps it)
                return Shape(text(d.get_type_string(no_optional=True)), shape(prop).ref)
    return shape(prop)


def engine_ref(response: Any, hint: dict[str, Any]) -> str | None:
    """The lazy reference ``OPERATION.responses`` holds for a response (``None``: no body).

    A model, or a model-or-null (``…?``), keeps the historical form; other success shapes use the
    :class:`Shape` grammar; other error shapes are ``json``.
    """
    found = response_shape(response, hint)
    if found.ref == "None":
        return None
    parts = found.ref.split(" | ")
    if len(parts) == 2 and "None" in parts and parts[1 - parts.index("None")].startswith("models."):
        return parts[1 - parts.index("None")] + "?"
    is_model = len(parts) == 1 and found.ref.startswith("models.")
    if not 200 <= response.status_code.range[0] < 300 and not is_model and found.ref not in ("text", "bytes"):
        return "json"  # error bodies are read by the API's profile, not parsed into a result
    return found.ref


def request_ref(prop: Any) -> str:
    """The lazy reference of a request body's model (``json`` when it is not a model)."""
    if isinstance(prop, props.ListProperty):
        prop = prop.inner_property
    if isinstance(prop, props.ModelProperty):
        return _named(prop).ref
    return "json"


def page_item(endpoint: Any, hint: dict[str, Any]) -> str | None:
    paginate = hint["sdk"].get("paginate")
    if not paginate:
        return None
    for r in endpoint.responses.patterns:
        if r.status_code.range and r.status_code.range[0] == 200:
            for p in r.prop.required_properties + r.prop.optional_properties:
                if text(p.name) == paginate["items"]:
                    return text(p.inner_property.class_info.name)
    raise ValueError(f"x-sdk.paginate.items {paginate['items']!r} is not a field of the 200 response")
