"""Client-side validation of request bodies against the spec, before anything is sent.

Generated request models carry the spec's types and required fields (checked by Pydantic) and
its constraints in ``__sdk_constraints__`` (checked here). Constraints are checked only for
requests: responses are parsed leniently, since a newer server may send more than the spec says.

Values of an open enum that the spec does not list are refused in requests (they are kept in
responses). String lengths are measured after trimming surrounding white space, as both servers do before
checking their limits (a blank ``content`` is "empty"; ``"  x  "`` has length 1).
"""

from __future__ import annotations

import enum
import re
import types
import typing
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import pydantic

__all__ = ["RequestValidationError", "validate_body"]


class RequestValidationError(ValueError):
    """A request body broke the spec; ``problems`` lists ``(field path, message)`` pairs."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        self.problems = problems
        self.field = problems[0][0] if problems else ""
        super().__init__(
            "; ".join(f"{field}: {message}" if field else message for field, message in problems)
        )


def validate_body(model: type[pydantic.BaseModel], body: Any, *, array: bool = False) -> None:
    """Raise :class:`RequestValidationError` when ``body`` does not satisfy ``model`` and its constraints.

    ``array`` means the body is a JSON array of ``model`` (paths then start with the item index).
    """
    items: Sequence[Any] = body if array else [body]
    problems: list[tuple[str, str]] = []
    for index, item in enumerate(items):
        prefix = f"[{index}]" if array else ""
        if type(item) is not dict and not isinstance(item, (Mapping, pydantic.BaseModel)):
            problems.append((prefix, f"expected an object, got {type(item).__name__}"))
            continue
        try:
            if type(item) is dict:  # what the engine passes: the body as it goes on the wire
                instance = model.model_validate(item)
            else:
                instance = item if isinstance(item, model) else model.model_validate(_plain(item))
        except pydantic.ValidationError as exc:
            problems.extend((_join(prefix, _loc(error["loc"])), error["msg"]) for error in exc.errors())
            continue
        for path, message in _check(instance):
            problems.append((_join(prefix, path), message))
    if problems:
        raise RequestValidationError(problems)


def _plain(item: Any) -> Any:
    if isinstance(item, pydantic.BaseModel):
        return item.model_dump(by_alias=True, exclude_unset=True)
    return item


def _check(instance: pydantic.BaseModel) -> Iterator[tuple[str, str]]:
    given = instance.model_fields_set
    for name, label, rules, deep in _plan(type(instance)):
        if name not in given:
            continue
        value = getattr(instance, name, None)
        if rules and value is not None:
            for message in _violations(value, rules):
                yield label, message
            item_rules = rules.get("items")
            if item_rules and isinstance(value, (list, tuple)):
                for index, element in enumerate(value):
                    for message in _violations(element, item_rules):
                        yield f"{label}[{index}]", message
        if deep:
            yield from _unknown_members(label, value)
            yield from _nested(label, value)


_Plan = tuple[tuple[str, str, "Mapping[str, Any] | None", bool], ...]
_plans: dict[type[pydantic.BaseModel], _Plan] = {}


def _plan(model: type[pydantic.BaseModel]) -> _Plan:
    """The fields of ``model`` worth a look, computed once per model: ``(name, JSON name, rules,
    deep)`` for each field with constraints or whose type can hold an enum or a model (``deep``)."""
    plan = _plans.get(model)
    if plan is None:
        constraints: Mapping[str, Mapping[str, Any]] = getattr(model, "__sdk_constraints__", {})
        rows = []
        for name, info in model.model_fields.items():
            rules, deep = constraints.get(name), _may_hold_more(info.annotation)
            if rules or deep:
                rows.append((name, info.alias or name, rules, deep))
        plan = _plans[model] = tuple(rows)
    return plan


_SCALARS = (str, int, float, bool, bytes, type(None))


def _may_hold_more(annotation: Any) -> bool:
    """False when a value of ``annotation`` can only be JSON scalars and containers of them (no
    enum member, no model): such a field needs no walk beyond its own constraints."""
    if annotation in _SCALARS:
        return False
    origin = typing.get_origin(annotation)
    if origin is typing.Literal:
        return any(isinstance(arg, enum.Enum) for arg in typing.get_args(annotation))
    if origin in (list, tuple, dict, set, frozenset, typing.Union, types.UnionType, typing.Annotated):
        args = typing.get_args(annotation)
        if origin is typing.Annotated:
            args = args[:1]
        return any(arg is not Ellipsis and _may_hold_more(arg) for arg in args)
    return True


def _unknown_members(label: str, value: Any) -> Iterator[tuple[str, str]]:
    """Values of an open enum the spec does not list: kept when parsing responses, refused in requests."""
    values = value if isinstance(value, (list, tuple)) else [value]
    for index, element in enumerate(values):
        if isinstance(element, enum.Enum) and getattr(element, "is_known", True) is False:
            allowed = ", ".join(repr(member.value) for member in type(element))
            where = f"{label}[{index}]" if values is value else label
            yield where, f"must be one of {allowed} (got {element.value!r})"


def _nested(label: str, value: Any) -> Iterator[tuple[str, str]]:
    if isinstance(value, pydantic.BaseModel):
        yield from ((_join(label, path), message) for path, message in _check(value))
    elif isinstance(value, (list, tuple)):
        for index, element in enumerate(value):
            if isinstance(element, pydantic.BaseModel):
                yield from ((f"{label}[{index}].{path}", m) for path, m in _check(element))


def _violations(value: Any, rules: Mapping[str, Any]) -> Iterator[str]:
    if isinstance(value, str):
        length = len(value.strip())
        blank = rules.get("min_length") == 1 and length == 0
        if "min_length" in rules and length < rules["min_length"]:
            yield (
                "must not be blank"
                if rules["min_length"] == 1
                else f"must be at least {rules['min_length']} characters (got {length})"
            )
        if "max_length" in rules and length > rules["max_length"]:
            yield f"must be at most {rules['max_length']} characters (got {length})"
        # A spec's non-blank ``pattern`` says again what "must not be blank" already said.
        if "pattern" in rules and not blank and not re.search(rules["pattern"], value):
            yield f"must match the pattern {rules['pattern']!r}"
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in rules and value < rules["minimum"]:
            yield f"must be at least {_num(rules['minimum'])} (got {value})"
        if "maximum" in rules and value > rules["maximum"]:
            yield f"must be at most {_num(rules['maximum'])} (got {value})"
        if "exclusive_minimum" in rules and value <= rules["exclusive_minimum"]:
            yield f"must be greater than {_num(rules['exclusive_minimum'])} (got {value})"
        if "exclusive_maximum" in rules and value >= rules["exclusive_maximum"]:
            yield f"must be less than {_num(rules['exclusive_maximum'])} (got {value})"
    elif isinstance(value, (list, tuple)):
        if "min_items" in rules and len(value) < rules["min_items"]:
            yield f"must have at least {rules['min_items']} items (got {len(value)})"
        if "max_items" in rules and len(value) > rules["max_items"]:
            yield f"must have at most {rules['max_items']} items (got {len(value)})"


def _num(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _loc(loc: Sequence[int | str]) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _join(prefix: str, path: str) -> str:
    if not prefix:
        return path
    if not path:
        return prefix
    return f"{prefix}{path}" if path.startswith("[") else f"{prefix}.{path}"
