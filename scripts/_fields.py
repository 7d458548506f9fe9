"""Each field of a generated model, described as plain data before the model template runs.

``fields(model, component_constraints)`` reads the generator's parsed ``ModelProperty`` (the
attributes pinned by ``tests/codegen/test_generator_contract.py``) and returns :class:`Field`
records — Python name, annotation, default, wire alias, docstring — and ``constraints(...)`` the
``__sdk_constraints__`` entries (request limits the engine checks before sending).
``templates/model.py.jinja`` only prints them.
"""

from __future__ import annotations

import json
import keyword
from dataclasses import dataclass
from typing import Any

from _types import text

# Names a field cannot keep: they clash with pydantic or our BaseModel …
RESERVED = frozenset(
    {
        "model_config", "model_fields", "model_extra", "model_fields_set", "model_computed_fields",
        "json", "dict", "copy", "schema", "schema_json", "validate", "construct", "parse_obj", "parse_raw",
        "parse_file", "from_orm", "update_forward_refs", "fields", "get", "to_dict", "to_json", "keys",
        "items", "values",
    }
)  # fmt: skip
# … or are used in the annotations of the generated module.
ANNOTATION_NAMES = frozenset(
    {
        "list", "dict", "str", "int", "float", "bool", "set", "tuple", "bytes", "object", "Any", "Literal",
        "ClassVar", "Field", "Timestamp", "DateTime", "BaseModel", "None",
    }
)  # fmt: skip
_LIMITS = (
    ("minLength", "min_length"),
    ("maxLength", "max_length"),
    ("minimum", "minimum"),
    ("maximum", "maximum"),
    ("minItems", "min_items"),
    ("maxItems", "max_items"),
)


@dataclass(frozen=True)
class Field:
    """One model field: ``name: type [= default | Field(default=…, alias=…)]`` and its docstring."""

    name: str
    type: str
    default: str
    alias: str
    doc: str
    secret: bool = False
    """``format: password``: left out of the model's ``repr`` (the value is still an attribute)."""

    @property
    def declaration(self) -> str:
        options = [f"default={self.default}"] if self.default else []
        if self.name != self.alias:
            options.append(f'alias="{self.alias}"')
        if self.secret:
            options.append("repr=False")
        if options and (self.name != self.alias or self.secret):
            return f"{self.name}: {self.type} = Field({', '.join(options)})"
        return f"{self.name}: {self.type} = {self.default}" if self.default else f"{self.name}: {self.type}"


def field_name(prop: Any) -> str:
    """The generator suffixes ``_`` to names shadowing builtins (``type_``): keep the natural name
    unless it is a keyword; suffix ``_`` to names that clash with pydantic or the annotations."""
    name = text(prop.python_name)
    stripped = name[:-1]
    if (
        name.endswith("_")
        and stripped
        and not keyword.iskeyword(stripped)
        and stripped not in ANNOTATION_NAMES
    ):
        name = stripped
    return name + ("_" if name in RESERVED or name in ANNOTATION_NAMES else "")


def _literal(value: Any) -> str:
    if isinstance(value, bool):
        return "True" if value else "False"
    return json.dumps(value) if isinstance(value, str) else str(value)


def field_type(model: Any, prop: Any) -> str:
    """Constants are ``Literal``; ``format: date-time`` is ``DateTime`` (pydantic's own datetime),
    ``format: timestamp`` strings (RFC 3339 or SQL, no offset = UTC) are ``Timestamp``."""
    raw = (model.data.properties or {}).get(prop.name)
    type_string = text(prop.get_type_string(no_optional=True))
    value = getattr(prop, "value", None)
    if value is not None and hasattr(value, "raw_value"):
        base = f"Literal[{_literal(value.raw_value)}]"
    elif raw is not None and text(getattr(raw, "schema_format", None)) == "timestamp":
        base = "Timestamp | None" if "None" in type_string else "Timestamp"
    else:
        base = type_string.replace("datetime.datetime", "DateTime")
    optional = not prop.required and prop.default is None and "None" not in base
    return f"{base} | None" if optional else base


def fields(model: Any) -> list[Field]:
    """Every field of ``model``, required ones first (the generator's order)."""
    out = []
    for prop in model.required_properties + model.optional_properties:
        if prop.default is not None:
            default = text(prop.default.python_code)
        else:
            default = "" if prop.required else "None"
        raw = (model.data.properties or {}).get(prop.name)
        secret = raw is not None and text(getattr(raw, "schema_format", None)) == "password"
        out.append(
            Field(
                field_name(prop),
                field_type(model, prop),
                default,
                text(prop.name),
                text(prop.description),
                secret,
            )
        )
    return out


def _get(raw: Any, key: str) -> Any:
    return raw.get(key) if isinstance(raw, dict) else getattr(raw, key, None)


def limits(raw: Any) -> str:
    """Python source of one field's request limits (``{}`` when it has none)."""
    out = [f'"{py}": {_get(raw, key)}' for key, py in _LIMITS if _get(raw, key) is not None]
    for key, py in (("exclusiveMinimum", "exclusive_minimum"), ("exclusiveMaximum", "exclusive_maximum")):
        value = _get(raw, key)
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            out.append(f'"{py}": {value}')
    pattern = _get(raw, "pattern")
    if pattern:
        out.append(f'"pattern": {json.dumps(text(pattern))}')
    items = _get(raw, "items")
    if items is not None and not isinstance(raw, dict) and hasattr(items, "maxLength"):
        inner = limits(items)
        if inner != "{}":
            out.append(f'"items": {inner}')
    return "{" + ", ".join(out) + "}"


def constraints(model: Any, component_constraints: dict[str, dict[str, Any]]) -> list[str]:
    """``"field": {limits}`` entries of ``__sdk_constraints__`` (a ``$ref`` to a plain constrained
    schema takes that schema's limits, which the generator drops)."""
    out = []
    for prop in model.required_properties + model.optional_properties:
        raw = (model.data.properties or {}).get(prop.name)
        if raw is not None and hasattr(raw, "ref"):
            raw = component_constraints.get(text(raw.ref).split("/")[-1])
        if raw is None:
            continue
        found = limits(raw)
        if found != "{}":
            out.append(f'"{field_name(prop)}": {found}')
    return out


def imports(model: Any) -> list[str]:
    """The model module's imports of other models (the runtime names come from ``..types``)."""
    return [i for i in sorted(model.relative_imports) if "types import" not in i and "typing import" not in i]


def lazy_models(imports: Any) -> list[tuple[str, str]]:
    """``(name, module)`` of each model, from the generator's ``from .<module> import <Name>`` lines."""
    out = []
    for line in sorted(imports):
        words = line.split()
        if len(words) != 4 or words[0] != "from" or words[2] != "import":
            raise ValueError(f"unexpected model import from the generator: {line!r}")
        out.append((words[3], words[1]))
    return out
